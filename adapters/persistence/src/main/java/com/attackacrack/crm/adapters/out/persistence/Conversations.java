package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * The steps every write to a contact's conversation shares (V10): lock the contact, get or create its conversation,
 * and bring the conversation (last activity, preview, unread, calls, media) and the contact's last activity up to date
 * with a new text or call.
 */
final class Conversations {

    /** The longest preview kept on a conversation. */
    static final int PREVIEW_LENGTH = 140;

    private Conversations() {
    }

    /**
     * Locks the contact's row until the transaction ends (FOR NO KEY UPDATE: foreign keys pointing at it are not
     * blocked), so writers of one contact's conversation take turns; fails when there is no such contact.
     */
    static void lockContact(Handle handle, ContactId contact) {
        handle.createQuery("select id from contacts where id = :id for no key update")
                .bind("id", contact.value())
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> BusinessRuleException.notFound("No contact with id " + contact));
    }

    /** The contact's conversation id, creating the conversation (active at {@code at}) when it has none. */
    static long conversationOf(Handle handle, ContactId contact, Instant at) {
        handle.createUpdate("""
                        insert into conversations (contact_id, last_activity_at, search_doc)
                        select id, :at, conversation_search_doc(first_name, last_name, phone, email)
                        from contacts where id = :contact
                        on conflict (contact_id) do nothing
                        """)
                .bind("contact", contact.value())
                .bind("at", at)
                .execute();
        return handle.createQuery("select id from conversations where contact_id = :contact")
                .bind("contact", contact.value())
                .mapTo(Long.class)
                .one();
    }

    /**
     * Records a new text or call at {@code at} on the conversation: its activity moves to the later of the two times,
     * the preview and direction follow only when this is the newest item, and unread grows by {@code unread}. The
     * contact's last activity moves forward too (an update that changes no filter or search column, so the V5, V8
     * and V10 triggers on contacts write nothing).
     */
    static void touch(Handle handle, long conversation, ContactId contact, Activity activity) {
        handle.createUpdate("""
                        update conversations set
                            last_activity_at = greatest(last_activity_at, :at),
                            preview = case when :at >= last_activity_at then :preview else preview end,
                            last_direction = case when :at >= last_activity_at then :direction else last_direction end,
                            has_calls = has_calls or :call,
                            has_media = has_media or :media,
                            unread = unread + :unread
                        where id = :id
                        """)
                .bind("id", conversation)
                .bind("at", activity.at())
                .bind("preview", activity.preview())
                .bind("direction", word(activity.direction()))
                .bind("call", activity.call())
                .bind("media", activity.media())
                .bind("unread", activity.unread())
                .execute();
        handle.createUpdate("update contacts set last_activity_at = :at where id = :id and last_activity_at < :at")
                .bind("id", contact.value())
                .bind("at", activity.at())
                .execute();
    }

    /** A new item of a conversation: when, its preview and direction, whether a call or with media, unread it adds. */
    record Activity(Instant at, String preview, MessageDirection direction, boolean call, boolean media, int unread) {
    }

    /** The preview of a text: its first {@link #PREVIEW_LENGTH} characters on one line, else "Photo" or "[media]". */
    static String messagePreview(String body, List<MediaItem> media) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() && !media.isEmpty()) {
            String type = media.get(0).contentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("image/") ? "Photo" : "[media]";
        }
        if (text.length() <= PREVIEW_LENGTH) {
            return text;
        }
        int end = PREVIEW_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The stored word for a direction ({@code inbound} / {@code outbound}). */
    static String word(MessageDirection direction) {
        return direction.name().toLowerCase(Locale.ROOT);
    }

    /** The direction for a stored word. */
    static MessageDirection direction(String word) {
        return word == null ? null : MessageDirection.valueOf(word.toUpperCase(Locale.ROOT));
    }
}
