package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.adapters.out.persistence.JdbiConversationRepository.MessageRow;
import com.attackacrack.crm.application.port.out.RecordOutcome;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The SQL for the {@code messages} table's writes (V10), run on a handle whose transaction already holds the contact's
 * lock ({@link Conversations#lockContact}). Media is stored as a jsonb array of {@code {url, contentType}} built by
 * PostgreSQL from two bound text arrays.
 */
final class MessageRows {

    /** The jsonb array of the media bound as {@code :mediaUrls} and {@code :mediaTypes}. */
    static final String MEDIA_JSON = """
            (select coalesce(jsonb_agg(jsonb_build_object('url', m.url, 'contentType', m.content_type) order by m.ord),
                             '[]'::jsonb)
             from unnest(cast(:mediaUrls as text[]), cast(:mediaTypes as text[])) with ordinality as m (url, content_type, ord))""";

    private MessageRows() {
    }

    /** The text with this provider id, locked for the transaction. */
    static Optional<MessageRow> byProviderId(Handle handle, String providerId) {
        return handle.createQuery("select id, status, provider_id from messages where provider_id = :providerId for update")
                .bind("providerId", providerId)
                .map((rs, ctx) -> new MessageRow(rs.getLong("id"), MessageStatus.ofProvider(rs.getString("status")),
                        rs.getString("provider_id")))
                .findOne();
    }

    /** The text with this id, locked for the transaction. */
    static MessageRow byId(Handle handle, long id) {
        return handle.createQuery("select id, status, provider_id from messages where id = :id for update")
                .bind("id", id)
                .map((rs, ctx) -> new MessageRow(rs.getLong("id"), MessageStatus.ofProvider(rs.getString("status")),
                        rs.getString("provider_id")))
                .one();
    }

    /** The oldest outbound text of the contact with this body, not yet accepted by the provider, made since then. */
    static Optional<MessageRow> unclaimed(Handle handle, ContactId contact, String body, Instant since) {
        return handle.createQuery("""
                        select id, status, provider_id from messages
                        where contact_id = :contact and provider_id is null and direction = 'outbound'
                          and status in ('queued', 'sent') and btrim(body) = btrim(:body) and created_at >= :since
                        order by created_at, id
                        limit 1
                        for update
                        """)
                .bind("contact", contact.value())
                .bind("body", body)
                .bind("since", since)
                .map((rs, ctx) -> new MessageRow(rs.getLong("id"), MessageStatus.ofProvider(rs.getString("status")),
                        null))
                .findOne();
    }

    /** Inserts the reported text; false when its provider id is already stored (for another contact). */
    static boolean insert(Handle handle, long conversation, ContactId contact, ProviderMessage message, Instant now) {
        return handle.createUpdate("""
                        insert into messages (conversation_id, contact_id, provider_id, direction, body, media, status,
                                              error_code, error_message, created_at, recorded_at, status_at)
                        values (:conversation, :contact, :providerId, :direction, :body,\s""" + MEDIA_JSON + """
                        , :status, :code, :message, :createdAt, :now, :now)
                        on conflict (provider_id) do nothing
                        """)
                .bind("conversation", conversation)
                .bind("contact", contact.value())
                .bind("providerId", message.providerId())
                .bind("direction", Conversations.word(message.direction()))
                .bind("body", message.text())
                .bind("mediaUrls", message.media().stream().map(MediaItem::url).toArray(String[]::new))
                .bind("mediaTypes", message.media().stream().map(MediaItem::contentType).toArray(String[]::new))
                .bind("status", message.status().word())
                .bind("code", message.errorCode())
                .bind("message", message.errorMessage())
                .bind("createdAt", message.createdAt())
                .bind("now", now)
                .execute() == 1;
    }

    /** Gives a queued text the provider's id, moving its status forward to the reported one. */
    static void claim(Handle handle, MessageRow queued, ProviderMessage message, Instant now) {
        MessageStatus next = queued.status().canAdvanceTo(message.status()) ? message.status() : queued.status();
        handle.createUpdate("""
                        update messages set provider_id = :providerId, status = :status, status_at = :now,
                                            error_code = coalesce(error_code, :code),
                                            error_message = coalesce(error_message, :message),
                                            media = case when media = '[]'::jsonb then\s""" + MEDIA_JSON + """
                         else media end
                        where id = :id
                        """)
                .bind("id", queued.id())
                .bind("providerId", message.providerId())
                .bind("status", next.word())
                .bind("code", next == message.status() ? message.errorCode() : null)
                .bind("message", next == message.status() ? message.errorMessage() : null)
                .bind("mediaUrls", message.media().stream().map(MediaItem::url).toArray(String[]::new))
                .bind("mediaTypes", message.media().stream().map(MediaItem::contentType).toArray(String[]::new))
                .bind("now", now)
                .execute();
    }

    /**
     * Applies a later report to a stored text: its status moves forward only, and the carrier error is filled when
     * the reported status is the one the text ends with. UNCHANGED when nothing changed.
     */
    static RecordOutcome advance(Handle handle, MessageRow row, MessageStatus reported, String errorCode,
                                 String errorMessage, Instant now) {
        if (!row.status().canAdvanceTo(reported) && row.status() != reported) {
            return RecordOutcome.UNCHANGED;
        }
        int updated = handle.createUpdate("""
                        update messages set status = :status,
                                            status_at = case when status = :status then status_at else :now end,
                                            error_code = coalesce(error_code, :code),
                                            error_message = coalesce(error_message, :message)
                        where id = :id
                          and (status, error_code, error_message) is distinct from
                              (:status, coalesce(error_code, :code), coalesce(error_message, :message))
                        """)
                .bind("id", row.id())
                .bind("status", reported.word())
                .bind("code", errorCode)
                .bind("message", errorMessage)
                .bind("now", now)
                .execute();
        return updated == 1 ? RecordOutcome.UPDATED : RecordOutcome.UNCHANGED;
    }

    /**
     * Records that the provider accepted a text sent from the thread. A queued text takes the provider's id; one that
     * a report already claimed with this id only moves its status forward. When a report of this id was stored as a
     * text of its own (its body did not match), that copy is folded into this one. False when the text is no longer
     * queued or carries another provider id.
     */
    static boolean accept(Handle handle, MessageRow row, String providerId, MessageStatus status, Instant now) {
        if (row.providerId() != null) {
            if (!row.providerId().equals(providerId)) {
                return false;
            }
            advance(handle, row, status, null, null, now);
            return true;
        }
        if (row.status() != MessageStatus.QUEUED) {
            return false;
        }
        Optional<MessageRow> copy = byProviderId(handle, providerId);
        MessageStatus next = row.status().canAdvanceTo(status) ? status : row.status();
        if (copy.isPresent() && next.canAdvanceTo(copy.get().status())) {
            next = copy.get().status();
        }
        List<String> error = copy.isEmpty() ? List.of() : handle.createQuery("""
                        delete from messages where id = :id
                        returning coalesce(error_code, ''), coalesce(error_message, '')
                        """)
                .bind("id", copy.get().id())
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2)))
                .one();
        handle.createUpdate("""
                        update messages set provider_id = :providerId, status = :status, status_at = :now,
                                            error_code = nullif(:code, ''), error_message = nullif(:message, '')
                        where id = :id
                        """)
                .bind("id", row.id())
                .bind("providerId", providerId)
                .bind("status", next.word())
                .bind("code", error.isEmpty() ? null : error.get(0))
                .bind("message", error.isEmpty() ? null : error.get(1))
                .bind("now", now)
                .execute();
        return true;
    }
}
