package com.attackacrack.crm.domain.conversation;

import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the suppression audit trail: a number opted out or back in, by which keyword (or "by hand"), the
 * message that did it (its provider id and text; null for a change made by hand), and when.
 */
public record OptOutChange(PhoneNumber phone, OptOutKeyword change, String keyword, String messageProviderId,
                           String messageText, Instant at) {

    public OptOutChange {
        Objects.requireNonNull(phone, "phone");
        if (change == null || change == OptOutKeyword.NONE) {
            throw new IllegalArgumentException("an opt-out change is OPT_OUT or OPT_IN");
        }
        if (keyword == null || keyword.isBlank()) {
            throw new IllegalArgumentException("an opt-out change says which keyword made it");
        }
        Objects.requireNonNull(at, "at");
    }
}
