package com.attackacrack.crm.application.port.in.conversation;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact's conversation as the thread page shows it: the contact, the timeline (oldest first), the opt-out that
 * suppresses their number if any, why a reply would be refused (null when replying is allowed), and whether sending
 * goes to the sandbox gateway (never leaves the machine).
 */
public record ConversationThread(Contact contact, List<TimelineEntry> entries, Optional<OptOutChange> suppression,
                                 String cannotReplyReason, boolean sandbox) {

    public ConversationThread {
        Objects.requireNonNull(contact, "contact");
        entries = List.copyOf(entries);
        Objects.requireNonNull(suppression, "suppression");
    }

    /** True when the reply form may be used. */
    public boolean canReply() {
        return cannotReplyReason == null;
    }
}
