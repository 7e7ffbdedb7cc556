package com.attackacrack.crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.contact.ContactId;
import org.junit.jupiter.api.Test;

class VariantSplitTest {

    private static final int CONTACTS = 10_000;

    @Test
    void theSamePairAlwaysGetsTheSameVariant() {
        for (long contact = 1; contact <= 1_000; contact++) {
            Variant first = VariantSplit.variantFor(new CampaignId(42), new ContactId(contact), true);
            assertThat(VariantSplit.variantFor(new CampaignId(42), new ContactId(contact), true)).isEqualTo(first);
        }
    }

    @Test
    void withoutASecondMessageEveryoneGetsA() {
        for (long contact = 1; contact <= CONTACTS; contact++) {
            assertThat(VariantSplit.variantFor(new CampaignId(7), new ContactId(contact), false)).isEqualTo(Variant.A);
        }
    }

    @Test
    void aboutHalfGetB() {
        for (long campaign : new long[] {1, 2, 3, 1_000, 987_654_321L}) {
            int b = 0;
            for (long contact = 1; contact <= CONTACTS; contact++) {
                if (VariantSplit.variantFor(new CampaignId(campaign), new ContactId(contact), true) == Variant.B) {
                    b++;
                }
            }
            assertThat(b).as("campaign %d", campaign).isBetween(4_500, 5_500);
        }
    }

    @Test
    void contactsWithSparseIdsAreSplitEvenlyToo() {
        int b = 0;
        for (long i = 1; i <= CONTACTS; i++) {
            if (VariantSplit.variantFor(new CampaignId(5), new ContactId(i * 1_024), true) == Variant.B) {
                b++;
            }
        }
        assertThat(b).isBetween(4_500, 5_500);
    }

    @Test
    void theSplitIsUnrelatedBetweenCampaigns() {
        for (long campaign = 1; campaign <= 5; campaign++) {
            int same = 0;
            for (long contact = 1; contact <= CONTACTS; contact++) {
                if (VariantSplit.variantFor(new CampaignId(campaign), new ContactId(contact), true)
                        == VariantSplit.variantFor(new CampaignId(campaign + 1), new ContactId(contact), true)) {
                    same++;
                }
            }
            assertThat(same).as("campaigns %d and %d", campaign, campaign + 1).isBetween(4_500, 5_500);
        }
    }
}
