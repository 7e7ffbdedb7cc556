package com.attackacrack.crm.domain.campaign;

import java.util.Locale;

/**
 * Where one recipient of a launched campaign stands. pending → sending (claimed by a worker under a lease, before
 * the provider is called) → sent (the provider accepted it; its message id recorded) → delivered or failed. A claim
 * whose lease ran out without an answer becomes unknown: it may or may not have gone out, so it is reconciled
 * against the provider or shown for review, never sent again blindly. excluded recipients were never to be sent.
 */
public enum RecipientStatus {
    PENDING,
    EXCLUDED,
    SENDING,
    SENT,
    DELIVERED,
    FAILED,
    UNKNOWN;

    /** True for statuses nothing more happens to without a person (or a delivery report for sent). */
    public boolean isTerminal() {
        return this == EXCLUDED || this == DELIVERED || this == FAILED;
    }

    /** The lower-case word stored and shown. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for a stored word. */
    public static RecipientStatus ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
