package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.domain.campaign.ExclusionReason;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Orders exclusion counts as people read them: by kind (the order of the enum), then by detail. */
final class ExclusionCounts {

    private static final Comparator<ExclusionReason> ORDER = Comparator
            .comparing(ExclusionReason::kind)
            .thenComparing(r -> r.detail() == null ? "" : r.detail());

    private ExclusionCounts() {
    }

    static Map<ExclusionReason, Long> ordered(Map<ExclusionReason, Long> counts) {
        Map<ExclusionReason, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(ORDER))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** "5 suppressed, 2 unresolved {first_name}". */
    static String describe(Map<ExclusionReason, Long> counts) {
        StringBuilder text = new StringBuilder();
        ordered(counts).forEach((reason, n) -> text.append(text.isEmpty() ? "" : ", ").append(n).append(' ')
                .append(reason.text()));
        return text.toString();
    }
}
