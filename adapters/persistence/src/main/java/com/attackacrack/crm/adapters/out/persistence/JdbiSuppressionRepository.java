package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The do-not-text list in {@code suppressions} with its audit trail in {@code opt_out_changes} (V10). A message makes
 * each change at most once: the audit row's unique index on (message provider id, change) decides, so a replayed
 * event changes nothing. A keyword opt-out marks the contact opted out with the reason "Texted STOP" (or whichever
 * keyword); an opt-in clears only such a reason, so an opt-out recorded by hand stays.
 */
public final class JdbiSuppressionRepository implements SuppressionRepository {

    /** The start of the contact opt-out reason this repository writes, and the only kind an opt-in clears. */
    static final String KEYWORD_REASON_PREFIX = "Texted ";

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiSuppressionRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public boolean apply(OptOutChange change, ContactId contactOrNull) {
        Objects.requireNonNull(change, "change");
        return jdbi.inTransaction(handle -> {
            if (!audit(handle, change, contactOrNull)) {
                return false;
            }
            Long contact = contactOrNull == null ? null : contactOrNull.value();
            if (change.change() == OptOutKeyword.OPT_OUT) {
                handle.createUpdate("""
                                insert into suppressions (phone, contact_id, keyword, message_provider_id, message_text,
                                                          suppressed_at)
                                values (:phone, :contact, :keyword, :messageId, :text, :at)
                                on conflict (phone) do update
                                set contact_id = coalesce(suppressions.contact_id, excluded.contact_id)
                                """)
                        .bind("phone", change.phone().e164())
                        .bind("contact", contact)
                        .bind("keyword", change.keyword())
                        .bind("messageId", change.messageProviderId())
                        .bind("text", change.messageText())
                        .bind("at", change.at())
                        .execute();
                if (contact != null) {
                    handle.createUpdate("""
                                    update contacts set opted_out_at = :at, opt_out_reason = :reason
                                    where id = :contact and opted_out_at is null
                                    """)
                            .bind("at", change.at())
                            .bind("reason", KEYWORD_REASON_PREFIX + change.keyword().strip().toUpperCase(Locale.ROOT))
                            .bind("contact", contact)
                            .execute();
                }
            } else {
                handle.createUpdate("delete from suppressions where phone = :phone")
                        .bind("phone", change.phone().e164())
                        .execute();
                if (contact != null) {
                    handle.createUpdate("""
                                    update contacts set opted_out_at = null, opt_out_reason = null
                                    where id = :contact and starts_with(opt_out_reason, :prefix)
                                    """)
                            .bind("contact", contact)
                            .bind("prefix", KEYWORD_REASON_PREFIX)
                            .execute();
                }
            }
            return true;
        });
    }

    @Override
    public Optional<OptOutChange> suppression(PhoneNumber phone) {
        Objects.requireNonNull(phone, "phone");
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select phone, 'opt_out' as change, keyword, message_provider_id, message_text,
                               suppressed_at as at
                        from suppressions where phone = :phone
                        """)
                .bind("phone", phone.e164())
                .map(JdbiSuppressionRepository::change)
                .findOne());
    }

    @Override
    public List<OptOutChange> history(PhoneNumber phone) {
        Objects.requireNonNull(phone, "phone");
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select phone, change, keyword, message_provider_id, message_text, at
                        from opt_out_changes where phone = :phone
                        order by at desc, id desc
                        """)
                .bind("phone", phone.e164())
                .map(JdbiSuppressionRepository::change)
                .list());
    }

    @Override
    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from suppressions")
                .mapTo(Long.class).one());
    }

    /** Inserts the audit row; false when this message already made this change. */
    private static boolean audit(Handle handle, OptOutChange change, ContactId contactOrNull) {
        return handle.createUpdate("""
                        insert into opt_out_changes (phone, contact_id, change, keyword, message_provider_id,
                                                     message_text, at)
                        values (:phone, :contact, :change, :keyword, :messageId, :text, :at)
                        on conflict (message_provider_id, change) where message_provider_id is not null do nothing
                        """)
                .bind("phone", change.phone().e164())
                .bind("contact", contactOrNull == null ? null : contactOrNull.value())
                .bind("change", change.change().name().toLowerCase(Locale.ROOT))
                .bind("keyword", change.keyword())
                .bind("messageId", change.messageProviderId())
                .bind("text", change.messageText())
                .bind("at", change.at())
                .execute() == 1;
    }

    private static OptOutChange change(ResultSet rs, StatementContext ctx) throws SQLException {
        return new OptOutChange(new PhoneNumber(rs.getString("phone")),
                OptOutKeyword.valueOf(rs.getString("change").toUpperCase(Locale.ROOT)), rs.getString("keyword"),
                rs.getString("message_provider_id"), rs.getString("message_text"),
                rs.getObject("at", OffsetDateTime.class).toInstant());
    }
}
