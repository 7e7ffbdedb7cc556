package com.attackacrack.crm.domain.conversation;

import java.util.Locale;
import java.util.Set;

/**
 * Reads an inbound text the way OpenPhone's carrier-level keyword handling does: a message that is exactly one
 * opt-out word (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT) opts the sender out, exactly START or UNSTOP opts them
 * back in, and anything else is an ordinary message ("STOP PLEASE" and "Can you stop by Friday?" are not opt-outs).
 * Case, surrounding spaces and trailing punctuation do not matter.
 */
public enum OptOutKeyword {
    OPT_OUT,
    OPT_IN,
    NONE;

    private static final Set<String> OPT_OUT_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");
    private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP");

    /** What the message body means for the sender's opt-out state. */
    public static OptOutKeyword of(String body) {
        if (body == null) {
            return NONE;
        }
        String word = body.strip().replaceAll("[.!?]+$", "").strip().toUpperCase(Locale.ROOT);
        if (OPT_OUT_WORDS.contains(word)) {
            return OPT_OUT;
        }
        if (OPT_IN_WORDS.contains(word)) {
            return OPT_IN;
        }
        return NONE;
    }
}
