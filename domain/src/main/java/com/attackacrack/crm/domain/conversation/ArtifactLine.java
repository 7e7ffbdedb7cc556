package com.attackacrack.crm.domain.conversation;

/**
 * One line of a call summary or transcript: a label (for summaries "Summary" or "Next step"; for transcripts the
 * speaker's phone number or user id), the seconds into the call it starts at when known, and the text.
 */
public record ArtifactLine(String label, Double startSeconds, String text) {

    public ArtifactLine {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
    }
}
