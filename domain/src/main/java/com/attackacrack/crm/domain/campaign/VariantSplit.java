package com.attackacrack.crm.domain.campaign;

import com.attackacrack.crm.domain.contact.ContactId;
import java.util.Objects;

/** Splits a campaign's recipients between message A and B, deterministically by campaign and contact (about half each). */
public final class VariantSplit {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private VariantSplit() {
    }

    /**
     * The variant this contact gets in this campaign; always A when the campaign has no second message. The choice is
     * the top bit of a SplitMix64 hash of the campaign id and the contact id, so it never changes for a pair, is close
     * to half and half over many contacts, and is unrelated between campaigns.
     */
    public static Variant variantFor(CampaignId campaign, ContactId contact, boolean hasVariantB) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(contact, "contact");
        if (!hasVariantB) {
            return Variant.A;
        }
        long hash = mix(mix(campaign.value() * GOLDEN_GAMMA) ^ contact.value());
        return hash < 0 ? Variant.B : Variant.A;
    }

    /** The SplitMix64 step: adds the golden gamma and runs the finaliser (Steele, Lea and Flood, 2014). */
    private static long mix(long value) {
        long z = value + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
