package com.attackacrack.crm.adapters.in.web.conversation;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;

/**
 * One inbox row as the conversations list shows it.
 *
 * @param contactId    the contact's id (the thread link)
 * @param name         the contact's display name
 * @param phone        the phone in display form, or {@code ""}
 * @param lastActivity when the last message or call happened, relative ("5 min ago")
 * @param lastExact    the same moment written out
 * @param lastIso      the same moment, ISO-8601
 * @param preview      the last message's text (or a call's description)
 * @param outbound     whether the last message or call went out from the business
 * @param unread       unread inbound messages and calls
 * @param hasCalls     whether the conversation has calls
 * @param hasMedia     whether it has pictures or files
 */
public record ConversationRowView(long contactId, String name, String phone, String lastActivity, String lastExact,
                                  String lastIso, String preview, boolean outbound, int unread, boolean hasCalls,
                                  boolean hasMedia) {

    /** The row of an inbox summary, its time relative to {@code now}. */
    public static ConversationRowView from(ConversationSummary summary, Instant now) {
        return new ConversationRowView(summary.contactId().value(), summary.displayName(), phone(summary.phone()),
                relative(summary.lastActivityAt(), now), Formats.moment(summary.lastActivityAt()),
                Formats.iso(summary.lastActivityAt()), summary.preview(), summary.lastDirection() == MessageDirection.OUTBOUND,
                summary.unread(), summary.hasCalls(), summary.hasMedia());
    }

    /** A stored phone in display form; anything that is not E.164 is shown as it is. */
    static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            return new PhoneNumber(raw.strip()).display();
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /** "just now", "5 min ago", "3 h ago", "2 d ago", else the day. */
    static String relative(Instant at, Instant now) {
        Duration ago = Duration.between(at, now);
        if (ago.isNegative() || ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toDays() < 1) {
            return ago.toHours() + " h ago";
        }
        if (ago.toDays() < 7) {
            return ago.toDays() + " d ago";
        }
        return Formats.day(at);
    }
}
