package com.attackacrack.crm.domain.conversation;

import java.util.Locale;

/** What the provider attached to a call after it ended: a recording, an AI summary, a transcript or a voicemail. */
public enum CallArtifactKind {
    RECORDING,
    SUMMARY,
    TRANSCRIPT,
    VOICEMAIL;

    /** The lower-case word stored in the database and shown in the UI. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
