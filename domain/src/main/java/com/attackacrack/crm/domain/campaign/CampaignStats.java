package com.attackacrack.crm.domain.campaign;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A campaign's figures read from its recipient rows: the counts overall and per variant, and how many were excluded
 * for each reason (in the order of {@link ExclusionReason.Kind}, then by detail).
 */
public record CampaignStats(Counts total, Map<Variant, Counts> byVariant, Map<ExclusionReason, Long> exclusions) {

    public CampaignStats {
        Objects.requireNonNull(total, "total");
        EnumMap<Variant, Counts> variants = new EnumMap<>(Variant.class);
        for (Variant variant : Variant.values()) {
            variants.put(variant, byVariant == null ? Counts.NONE : byVariant.getOrDefault(variant, Counts.NONE));
        }
        byVariant = Collections.unmodifiableMap(variants);
        exclusions = Collections.unmodifiableMap(new LinkedHashMap<>(exclusions == null ? Map.of() : exclusions));
    }

    /** The figures of a campaign with no recipient rows (not launched yet). */
    public static CampaignStats none() {
        return new CampaignStats(Counts.NONE, Map.of(), Map.of());
    }

    /** The counts of one variant's recipients. */
    public Counts of(Variant variant) {
        return byVariant.get(variant);
    }

    /**
     * How many recipients are in each status, and how many replied and opted out after their text.
     *
     * @param targeted every recipient row, excluded ones included
     */
    public record Counts(long targeted, long excluded, long pending, long sending, long sent, long delivered,
                         long failed, long unknown, long replied, long optedOut) {

        /** All zero. */
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** Recipients to be texted: everyone not excluded. */
        public long eligible() {
            return targeted - excluded;
        }

        /** Texts the provider accepted: sent plus delivered (a delivered text was sent too). */
        public long accepted() {
            return sent + delivered;
        }

        /** Recipients nothing is left to do for by the sender: everyone eligible but pending or sending. */
        public long done() {
            return eligible() - pending - sending;
        }

        /** Replies per accepted text, 0 to 1 (0 before any text was accepted). */
        public double responseRate() {
            return accepted() == 0 ? 0 : (double) replied / accepted();
        }

        /** Share of eligible recipients done, 0 to 1 (1 when nobody is eligible). */
        public double progress() {
            return eligible() == 0 ? 1 : (double) done() / eligible();
        }
    }
}
