package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.RecordOutcome;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.ArtifactLine;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Calls and their attachments in {@code calls} and {@code call_artifacts} (V10). A call is recorded once per provider
 * id; later reports move its status forward only and fill what was missing (never overwriting with nothing). A new
 * call marks the conversation as having calls and previews as "Call: missed" and the like; an inbound call that ends
 * missed adds one unread (answered or outgoing calls need no attention). Attachments are keyed by the provider's call
 * id and kind, with no link to the call row, so they can arrive first; their lines are a jsonb array of
 * {@code {label, start, text}} built by PostgreSQL from three bound arrays.
 */
final class CallRecords {

    /** The jsonb array of the lines bound as {@code :lineLabels}, {@code :lineStarts} and {@code :lineTexts}. */
    static final String LINES_JSON = """
            (select coalesce(jsonb_agg(jsonb_build_object('label', l.label, 'start', l.start, 'text', l.text)
                                       order by l.ord), '[]'::jsonb)
             from unnest(cast(:lineLabels as text[]), cast(:lineStarts as float8[]), cast(:lineTexts as text[]))
                  with ordinality as l (label, start, text, ord))""";

    private static final String PREVIEW_PREFIX = "Call: ";

    private CallRecords() {
    }

    /** A call's row as a later report needs it. */
    private record CallRow(long id, long conversationId, MessageDirection direction, CallStatus status,
                           Instant startedAt) {
    }

    static RecordOutcome record(Jdbi jdbi, ContactId contact, ProviderCall call, Instant now) {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(now, "now");
        return jdbi.inTransaction(handle -> {
            Conversations.lockContact(handle, contact);
            Optional<CallRow> known = byProviderId(handle, call.providerId());
            if (known.isPresent()) {
                return advance(handle, known.get(), call);
            }
            long conversation = Conversations.conversationOf(handle, contact, call.createdAt());
            if (!insert(handle, conversation, contact, call, now)) {
                return advance(handle, byProviderId(handle, call.providerId()).orElseThrow(), call);
            }
            Conversations.touch(handle, conversation, contact, new Conversations.Activity(call.createdAt(),
                    preview(call.status()), call.direction(), true, false, missedInbound(call.direction(),
                            call.status()) ? 1 : 0));
            return RecordOutcome.CREATED;
        });
    }

    static RecordOutcome recordArtifact(Jdbi jdbi, CallArtifact artifact, Instant now) {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(now, "now");
        return jdbi.inTransaction(handle -> {
            int inserted = bindArtifact(handle.createUpdate("""
                            insert into call_artifacts (call_provider_id, kind, url, content_type, duration_seconds,
                                                        lines, created_at, recorded_at)
                            values (:callId, :kind, :url, :contentType, :duration,\s""" + LINES_JSON + """
                            , :createdAt, :now)
                            on conflict (call_provider_id, kind) do nothing
                            """), artifact, now).execute();
            if (inserted == 1) {
                return RecordOutcome.CREATED;
            }
            int updated = bindArtifact(handle.createUpdate("""
                            update call_artifacts set url = :url, content_type = :contentType,
                                                      duration_seconds = :duration, lines = new.lines,
                                                      created_at = :createdAt, recorded_at = :now
                            from (select\s""" + LINES_JSON + """
                             as lines) new
                            where call_provider_id = :callId and kind = :kind
                              and (url, content_type, duration_seconds, call_artifacts.lines)
                                  is distinct from (cast(:url as text), cast(:contentType as text),
                                                    cast(:duration as integer), new.lines)
                            """), artifact, now).execute();
            return updated == 1 ? RecordOutcome.UPDATED : RecordOutcome.UNCHANGED;
        });
    }

    private static Update bindArtifact(Update update, CallArtifact artifact, Instant now) {
        return update.bind("callId", artifact.callProviderId())
                .bind("kind", artifact.kind().word())
                .bind("url", artifact.url())
                .bind("contentType", artifact.contentType())
                .bind("duration", artifact.durationSeconds())
                .bind("lineLabels", artifact.lines().stream().map(ArtifactLine::label).toArray(String[]::new))
                .bind("lineStarts", artifact.lines().stream().map(ArtifactLine::startSeconds).toArray(Double[]::new))
                .bind("lineTexts", artifact.lines().stream().map(ArtifactLine::text).toArray(String[]::new))
                .bind("createdAt", artifact.createdAt())
                .bind("now", now);
    }

    private static Optional<CallRow> byProviderId(Handle handle, String providerId) {
        return handle.createQuery("""
                        select id, conversation_id, direction, status, started_at from calls
                        where provider_id = :providerId
                        for update
                        """)
                .bind("providerId", providerId)
                .map((rs, ctx) -> new CallRow(rs.getLong("id"), rs.getLong("conversation_id"),
                        Conversations.direction(rs.getString("direction")), status(rs.getString("status")),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant()))
                .findOne();
    }

    private static boolean insert(Handle handle, long conversation, ContactId contact, ProviderCall call, Instant now) {
        return handle.createUpdate("""
                        insert into calls (conversation_id, contact_id, provider_id, direction, status, started_at,
                                           answered_at, answered_by, completed_at, duration_seconds, forwarded_from,
                                           forwarded_to, recorded_at)
                        values (:conversation, :contact, :providerId, :direction, :status, :startedAt, :answeredAt,
                                :answeredBy, :completedAt, :duration, :forwardedFrom, :forwardedTo, :now)
                        on conflict (provider_id) do nothing
                        """)
                .bind("conversation", conversation)
                .bind("contact", contact.value())
                .bind("providerId", call.providerId())
                .bind("direction", Conversations.word(call.direction()))
                .bind("status", call.status().word())
                .bind("startedAt", call.createdAt())
                .bind("answeredAt", call.answeredAt())
                .bind("answeredBy", call.answeredBy())
                .bind("completedAt", call.completedAt())
                .bind("duration", call.durationSeconds())
                .bind("forwardedFrom", call.forwardedFrom())
                .bind("forwardedTo", call.forwardedTo())
                .bind("now", now)
                .execute() == 1;
    }

    /** Moves a stored call's status forward and fills its empty fields from the report; UNCHANGED when neither. */
    private static RecordOutcome advance(Handle handle, CallRow row, ProviderCall call) {
        CallStatus next = row.status().canAdvanceTo(call.status()) ? call.status() : row.status();
        int updated = handle.createUpdate("""
                        update calls set status = :status,
                                         answered_at = coalesce(answered_at, cast(:answeredAt as timestamptz)),
                                         answered_by = coalesce(answered_by, cast(:answeredBy as text)),
                                         completed_at = coalesce(completed_at, cast(:completedAt as timestamptz)),
                                         duration_seconds = coalesce(duration_seconds, cast(:duration as integer)),
                                         forwarded_from = coalesce(forwarded_from, cast(:forwardedFrom as text)),
                                         forwarded_to = coalesce(forwarded_to, cast(:forwardedTo as text))
                        where id = :id
                          and (status, answered_at, answered_by, completed_at, duration_seconds, forwarded_from,
                               forwarded_to)
                              is distinct from
                              (cast(:status as text), coalesce(answered_at, cast(:answeredAt as timestamptz)),
                               coalesce(answered_by, cast(:answeredBy as text)),
                               coalesce(completed_at, cast(:completedAt as timestamptz)),
                               coalesce(duration_seconds, cast(:duration as integer)),
                               coalesce(forwarded_from, cast(:forwardedFrom as text)),
                               coalesce(forwarded_to, cast(:forwardedTo as text)))
                        """)
                .bind("id", row.id())
                .bind("status", next.word())
                .bind("answeredAt", call.answeredAt())
                .bind("answeredBy", call.answeredBy())
                .bind("completedAt", call.completedAt())
                .bind("duration", call.durationSeconds())
                .bind("forwardedFrom", call.forwardedFrom())
                .bind("forwardedTo", call.forwardedTo())
                .execute();
        if (updated == 0) {
            return RecordOutcome.UNCHANGED;
        }
        if (next != row.status()) {
            handle.createUpdate("""
                            update conversations set
                                preview = case when last_activity_at = :startedAt and last_direction = :direction
                                                    and starts_with(preview, :prefix)
                                               then :preview else preview end,
                                unread = unread + :unread
                            where id = :id
                            """)
                    .bind("id", row.conversationId())
                    .bind("startedAt", row.startedAt())
                    .bind("direction", Conversations.word(row.direction()))
                    .bind("prefix", PREVIEW_PREFIX)
                    .bind("preview", preview(next))
                    .bind("unread", missedInbound(row.direction(), next) ? 1 : 0)
                    .execute();
        }
        return RecordOutcome.UPDATED;
    }

    private static boolean missedInbound(MessageDirection direction, CallStatus status) {
        return direction == MessageDirection.INBOUND && status == CallStatus.MISSED;
    }

    private static String preview(CallStatus status) {
        return PREVIEW_PREFIX + status.word();
    }

    private static CallStatus status(String word) {
        return CallStatus.valueOf(word.toUpperCase(Locale.ROOT));
    }
}
