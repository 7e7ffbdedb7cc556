package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.CampaignTables.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.ExclusionReason.Kind;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class JdbiCampaignRecipientsTest {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiCampaignRecipientsTest.class);

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiCampaignRecipients recipients = new JdbiCampaignRecipients(jdbi);
    private final JdbiCampaignRepository campaigns = new JdbiCampaignRepository(jdbi);

    @BeforeEach
    void givenEmptyTables() {
        CampaignTables.empty(jdbi);
    }

    @Test
    void tenThousandRecipientsAreSnapshottedInBatchesOnceEach() {
        CampaignId campaign = givenCampaign(10_000);
        List<NewRecipient> all = new ArrayList<>();
        for (long id = 1; id <= 10_000; id++) {
            all.add(NewRecipient.eligible(new ContactId(id), phone(id), id % 2 == 0 ? Variant.B : Variant.A, "Hi " + id));
        }

        long started = System.nanoTime();
        long inserted = 0;
        for (int from = 0; from < all.size(); from += 1_000) {
            inserted += recipients.insertSnapshot(campaign, all.subList(from, from + 1_000), T0);
        }
        LOG.info("snapshot of 10,000 recipients in batches of 1,000 took {} ms", (System.nanoTime() - started) / 1_000_000);
        long again = recipients.insertSnapshot(campaign, all.subList(0, 1_000), T0);

        assertThat(inserted).isEqualTo(10_000);
        assertThat(again).isZero();
        CampaignStats stats = recipients.stats(campaign);
        assertThat(stats.total().targeted()).isEqualTo(10_000);
        assertThat(stats.of(Variant.A).pending()).isEqualTo(5_000);
        assertThat(stats.of(Variant.B).pending()).isEqualTo(5_000);
    }

    @Test
    void statsCountEveryStatusPerVariantAndExclusionsByReason() {
        CampaignId campaign = givenCampaign(8);
        recipients.insertSnapshot(campaign, List.of(
                NewRecipient.eligible(new ContactId(1), phone(1), Variant.A, "a"),
                NewRecipient.eligible(new ContactId(2), phone(2), Variant.A, "a"),
                NewRecipient.eligible(new ContactId(3), phone(3), Variant.B, "b"),
                NewRecipient.eligible(new ContactId(4), phone(4), Variant.B, "b"),
                NewRecipient.excluded(new ContactId(5), phone(5), Variant.A, ExclusionReason.unresolved("first_name")),
                NewRecipient.excluded(new ContactId(6), phone(6), Variant.B, ExclusionReason.unresolved("city")),
                NewRecipient.excluded(new ContactId(7), null, Variant.A, ExclusionReason.of(Kind.NO_VALID_PHONE)),
                NewRecipient.excluded(new ContactId(8), phone(8), Variant.A, ExclusionReason.of(Kind.SUPPRESSED))),
                T0);
        jdbi.useHandle(handle -> handle.execute("""
                update campaign_recipients set status = case contact_id when 1 then 'delivered' when 2 then 'sent'
                    when 3 then 'failed' else status end,
                    replied_at = case when contact_id = 1 then now() end,
                    opted_out_at = case when contact_id = 1 then now() end
                where contact_id in (1, 2, 3)"""));

        CampaignStats stats = recipients.stats(campaign);

        assertThat(stats.total()).isEqualTo(new CampaignStats.Counts(8, 4, 1, 0, 1, 1, 1, 0, 1, 1));
        assertThat(stats.of(Variant.A)).isEqualTo(new CampaignStats.Counts(5, 3, 0, 0, 1, 1, 0, 0, 1, 1));
        assertThat(stats.of(Variant.B)).isEqualTo(new CampaignStats.Counts(3, 1, 1, 0, 0, 0, 1, 0, 0, 0));
        assertThat(stats.exclusions()).containsExactly(
                Map.entry(ExclusionReason.of(Kind.SUPPRESSED), 1L),
                Map.entry(ExclusionReason.of(Kind.NO_VALID_PHONE), 1L),
                Map.entry(ExclusionReason.unresolved("city"), 1L),
                Map.entry(ExclusionReason.unresolved("first_name"), 1L));
    }

    @Test
    void pagesFilterByStatusAndExportStreamsEveryRowInIdOrder() {
        CampaignId campaign = givenCampaign(5);
        recipients.insertSnapshot(campaign, List.of(
                NewRecipient.eligible(new ContactId(1), phone(1), Variant.A, "Hi First1"),
                NewRecipient.excluded(new ContactId(2), null, Variant.A, ExclusionReason.of(Kind.NO_VALID_PHONE)),
                NewRecipient.eligible(new ContactId(3), phone(3), Variant.A, "Hi First3"),
                NewRecipient.eligible(new ContactId(4), phone(4), Variant.A, "Hi First4"),
                NewRecipient.eligible(new ContactId(5), phone(5), Variant.A, "Hi First5")), T0);

        Page<RecipientRow> pending = recipients.page(campaign, RecipientStatus.PENDING, new PageRequest(2, 2));
        List<RecipientRow> exported = new ArrayList<>();
        AtomicLong seen = new AtomicLong();
        long count = recipients.export(campaign, row -> {
            exported.add(row);
            seen.incrementAndGet();
        });

        assertThat(pending.total()).isEqualTo(4);
        assertThat(pending.rows()).extracting(RecipientRow::body).containsExactly("Hi First4", "Hi First5");
        assertThat(pending.rows().get(0).contactName()).isEqualTo("First4 Last4");
        assertThat(count).isEqualTo(5).isEqualTo(seen.get());
        assertThat(exported).extracting(r -> r.contact().value()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(exported.get(1).exclusion()).isEqualTo(ExclusionReason.of(Kind.NO_VALID_PHONE));
        assertThat(exported.get(1).status()).isEqualTo(RecipientStatus.EXCLUDED);
    }

    @Test
    void aDeletedContactLeavesItsRowWithThePhone() {
        CampaignId campaign = givenCampaign(1);
        recipients.insertSnapshot(campaign, List.of(NewRecipient.eligible(new ContactId(1), phone(1), Variant.A, "Hi")),
                T0);

        jdbi.useHandle(handle -> handle.execute("delete from contacts where id = 1"));

        RecipientRow row = recipients.page(campaign, null, PageRequest.first()).rows().get(0);
        assertThat(row.contact()).isNull();
        assertThat(row.phone()).isEqualTo(phone(1));
    }

    private CampaignId givenCampaign(int contacts) {
        Audience audience = new Audience.ListAudience(CampaignTables.listOf(jdbi, contacts));
        return campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0).id();
    }

    private static PhoneNumber phone(long id) {
        return new PhoneNumber("+1617" + String.format("%07d", id));
    }
}
