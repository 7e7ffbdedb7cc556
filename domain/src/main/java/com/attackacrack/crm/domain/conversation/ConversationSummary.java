package com.attackacrack.crm.domain.conversation;

import com.attackacrack.crm.domain.contact.ContactId;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the inbox: the contact (name for display, phone), when the last message or call happened, a preview of
 * it and its direction, how many inbound messages and calls are unread, and whether the conversation has calls or
 * media.
 */
public record ConversationSummary(ContactId contactId, String displayName, String phone, Instant lastActivityAt,
                                  String preview, MessageDirection lastDirection, int unread, boolean hasCalls,
                                  boolean hasMedia) {

    public ConversationSummary {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        preview = preview == null ? "" : preview;
    }
}
