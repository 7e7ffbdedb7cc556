package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.ArtifactLine;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.CallArtifactKind;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The inbox and the timeline read from the V10 tables. The inbox is a page of conversations by last activity with
 * its filtered total (two statements); a search matches the conversation's search doc (names, phone digits, email)
 * or any of its message bodies, both through trigram indexes. The timeline is the contact's newest texts and calls
 * (two statements, each limited) with the attachments of the calls kept (a third).
 */
final class ConversationReads {

    private static final String PAGE_SQL = """
            select v.contact_id, c.first_name, c.last_name, c.phone, c.email, v.last_activity_at, v.preview,
                   v.last_direction, v.unread, v.has_calls, v.has_media
            from conversations v join contacts c on c.id = v.contact_id
            <where>
            order by <order>
            limit :limit offset :offset
            """;

    private static final String TOTAL_SQL = "select count(*) from conversations v <where>";

    private static final String ORDER = "v.last_activity_at desc, v.id desc";

    private static final ListQueries<ConversationSummary> LISTS =
            new ListQueries<>(PAGE_SQL, TOTAL_SQL, "", "conversations", ConversationReads::summary);

    private static final String SEARCH_CONDITION = """
            (v.search_doc ilike :searchPattern or v.search_doc ilike :digitsPattern
             or v.id in (select m.conversation_id from messages m where m.body ilike :searchPattern))""";

    private static final int MIN_PHONE_DIGITS = 3;

    /** What a phone number may be typed with. */
    private static final String PHONE_CHARACTERS = "0123456789()+.- ";

    private static final String MEDIA_COLUMNS = """
            array(select x.v ->> 'url' from jsonb_array_elements(m.media) with ordinality as x (v, ord)
                  order by x.ord) as media_urls,
            array(select x.v ->> 'contentType' from jsonb_array_elements(m.media) with ordinality as x (v, ord)
                  order by x.ord) as media_types""";

    private static final String LINE_COLUMNS = """
            array(select x.v ->> 'label' from jsonb_array_elements(a.lines) with ordinality as x (v, ord)
                  order by x.ord) as line_labels,
            array(select (x.v ->> 'start')::float8 from jsonb_array_elements(a.lines) with ordinality as x (v, ord)
                  order by x.ord) as line_starts,
            array(select x.v ->> 'text' from jsonb_array_elements(a.lines) with ordinality as x (v, ord)
                  order by x.ord) as line_texts""";

    private ConversationReads() {
    }

    static Page<ConversationSummary> inbox(Jdbi jdbi, InboxFilter filter, PageRequest page) {
        SqlConditions where = where(filter);
        return LISTS.page(jdbi, where, ORDER, page,
                handle -> where.bindTo(handle.createQuery(TOTAL_SQL).define("where", where.sql()))
                        .mapTo(Long.class).one());
    }

    /** The WHERE clause for the filter; every fragment is a constant here, every value a bind parameter. */
    static SqlConditions where(InboxFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter.search() != null) {
            String digits = filter.search().replaceAll("[^0-9]", "");
            boolean phoneLike = digits.length() >= MIN_PHONE_DIGITS
                    && filter.search().chars().allMatch(ch -> PHONE_CHARACTERS.indexOf(ch) >= 0);
            // A number typed with punctuation also matches its digits; otherwise the second pattern repeats the first.
            where.add(SEARCH_CONDITION, Map.of("searchPattern", SqlConditions.containsPattern(filter.search()),
                    "digitsPattern", SqlConditions.containsPattern(phoneLike ? digits : filter.search())));
        }
        if (filter.unreadOnly()) {
            where.add("v.unread > 0");
        }
        if (filter.hasCalls()) {
            where.add("v.has_calls");
        }
        if (filter.hasMedia()) {
            where.add("v.has_media");
        }
        return where;
    }

    static List<TimelineEntry> timeline(Jdbi jdbi, ContactId contact, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbi.withHandle(handle -> {
            List<TimelineEntry> entries = new ArrayList<>(messages(handle, contact, limit));
            entries.addAll(calls(handle, contact, limit));
            entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(ConversationReads::tieBreak));
            List<TimelineEntry> newest = new ArrayList<>(entries.subList(Math.max(0, entries.size() - limit),
                    entries.size()));
            return withArtifacts(handle, newest);
        });
    }

    private static String tieBreak(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.Message m -> String.format(Locale.ROOT, "m%020d", m.id().value());
            case TimelineEntry.Call c -> "c" + c.providerId();
        };
    }

    private static List<TimelineEntry.Message> messages(Handle handle, ContactId contact, int limit) {
        return handle.createQuery("""
                        select m.id, m.provider_id, m.direction, m.body, m.status, m.error_code, m.error_message,
                               m.created_at,
                               case when u.id is null then null
                                    when btrim(u.first_name || ' ' || u.last_name) = '' then u.email
                                    else btrim(u.first_name || ' ' || u.last_name) end as sent_by,
                               k.id as campaign_id, k.name as campaign_name,
                        """ + MEDIA_COLUMNS + """

                        from messages m left join users u on u.id = m.sent_by
                        left join campaigns k on k.id = m.campaign_id
                        where m.contact_id = :contact
                        order by m.created_at desc, m.id desc
                        limit :limit
                        """)
                .bind("contact", contact.value())
                .bind("limit", limit)
                .map(ConversationReads::message)
                .list();
    }

    private static List<TimelineEntry.Call> calls(Handle handle, ContactId contact, int limit) {
        return handle.createQuery("""
                        select provider_id, direction, status, started_at, answered_at, answered_by, duration_seconds,
                               forwarded_to
                        from calls
                        where contact_id = :contact
                        order by started_at desc, id desc
                        limit :limit
                        """)
                .bind("contact", contact.value())
                .bind("limit", limit)
                .map((rs, ctx) -> new TimelineEntry.Call(rs.getString("provider_id"),
                        Conversations.direction(rs.getString("direction")),
                        CallStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), instant(rs, "started_at"),
                        instant(rs, "answered_at"), rs.getString("answered_by"),
                        rs.getObject("duration_seconds", Integer.class), rs.getString("forwarded_to"), List.of()))
                .list();
    }

    /** The entries with each call's attachments filled in. */
    private static List<TimelineEntry> withArtifacts(Handle handle, List<TimelineEntry> entries) {
        String[] callIds = entries.stream().filter(TimelineEntry.Call.class::isInstance)
                .map(e -> ((TimelineEntry.Call) e).providerId()).toArray(String[]::new);
        if (callIds.length == 0) {
            return entries;
        }
        Map<String, List<CallArtifact>> byCall = new LinkedHashMap<>();
        handle.createQuery("""
                        select a.call_provider_id, a.kind, a.url, a.content_type, a.duration_seconds, a.created_at,
                        """ + LINE_COLUMNS + """

                        from call_artifacts a
                        where a.call_provider_id = any(cast(:callIds as text[]))
                        order by a.created_at, a.id
                        """)
                .bind("callIds", callIds)
                .map(ConversationReads::artifact)
                .forEach(a -> byCall.computeIfAbsent(a.callProviderId(), k -> new ArrayList<>()).add(a));
        return entries.stream().map(e -> e instanceof TimelineEntry.Call c && byCall.containsKey(c.providerId())
                ? new TimelineEntry.Call(c.providerId(), c.direction(), c.status(), c.at(), c.answeredAt(),
                        c.answeredBy(), c.durationSeconds(), c.forwardedTo(), byCall.get(c.providerId()))
                : e).toList();
    }

    private static ConversationSummary summary(ResultSet rs, StatementContext ctx) throws SQLException {
        String phone = rs.getString("phone");
        return new ConversationSummary(new ContactId(rs.getLong("contact_id")),
                displayName(rs.getString("first_name"), rs.getString("last_name"), phone, rs.getString("email")),
                phone, instant(rs, "last_activity_at"), rs.getString("preview"),
                Conversations.direction(rs.getString("last_direction")), rs.getInt("unread"),
                rs.getBoolean("has_calls"), rs.getBoolean("has_media"));
    }

    /** Like {@code Contact.displayName}: the name, else the formatted phone, else the email, else "Unnamed contact". */
    static String displayName(String firstName, String lastName, String phone, String email) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        if (!name.isEmpty()) {
            return name;
        }
        if (phone != null) {
            return new PhoneNumber(phone).display();
        }
        return email == null ? "Unnamed contact" : email;
    }

    private static TimelineEntry.Message message(ResultSet rs, StatementContext ctx) throws SQLException {
        String[] urls = strings(rs.getArray("media_urls"));
        String[] types = strings(rs.getArray("media_types"));
        List<MediaItem> media = new ArrayList<>(urls.length);
        for (int i = 0; i < urls.length; i++) {
            if (urls[i] != null && !urls[i].isBlank()) {
                media.add(new MediaItem(urls[i], types[i]));
            }
        }
        return new TimelineEntry.Message(new MessageId(rs.getLong("id")), rs.getString("provider_id"),
                Conversations.direction(rs.getString("direction")), rs.getString("body"), media,
                MessageStatus.ofProvider(rs.getString("status")), rs.getString("error_code"),
                rs.getString("error_message"), instant(rs, "created_at"), rs.getString("sent_by"),
                rs.getObject("campaign_id") == null ? null
                        : new TimelineEntry.CampaignLink(rs.getLong("campaign_id"), rs.getString("campaign_name")));
    }

    private static CallArtifact artifact(ResultSet rs, StatementContext ctx) throws SQLException {
        String[] labels = strings(rs.getArray("line_labels"));
        Array startArray = rs.getArray("line_starts");
        Object[] starts = startArray == null ? new Object[0] : (Object[]) startArray.getArray();
        String[] texts = strings(rs.getArray("line_texts"));
        List<ArtifactLine> lines = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            lines.add(new ArtifactLine(labels[i], starts[i] == null ? null : ((Number) starts[i]).doubleValue(),
                    texts[i]));
        }
        return new CallArtifact(rs.getString("call_provider_id"),
                CallArtifactKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("url"),
                rs.getString("content_type"), rs.getObject("duration_seconds", Integer.class), lines,
                instant(rs, "created_at"));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
