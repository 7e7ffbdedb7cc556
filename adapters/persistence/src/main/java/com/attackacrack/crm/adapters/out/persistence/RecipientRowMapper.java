package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code campaign_recipients r} row left-joined to its contact {@code c} (V12). */
final class RecipientRowMapper implements RowMapper<RecipientRow> {

    static final String SELECT = """
            select r.id, r.contact_id, nullif(trim(concat_ws(' ', c.first_name, c.last_name)), '') as contact_name,
                   r.phone, r.variant, r.status, r.exclusion_kind, r.exclusion_detail, r.body, r.sent_at,
                   r.delivered_at, r.failed_at, r.failure_reason, r.replied_at, r.opted_out_at
            from campaign_recipients r left join contacts c on c.id = r.contact_id
            """;

    @Override
    public RecipientRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        Long contact = Columns.nullableLong(rs, "contact_id");
        return new RecipientRow(rs.getLong("id"), contact == null ? null : new ContactId(contact),
                rs.getString("contact_name"), phone(rs.getString("phone")), variant(rs.getString("variant")),
                RecipientStatus.ofWord(rs.getString("status")),
                exclusion(rs.getString("exclusion_kind"), rs.getString("exclusion_detail")), rs.getString("body"),
                Columns.nullableInstant(rs, "sent_at"), Columns.nullableInstant(rs, "delivered_at"),
                Columns.nullableInstant(rs, "failed_at"), rs.getString("failure_reason"),
                Columns.nullableInstant(rs, "replied_at"), Columns.nullableInstant(rs, "opted_out_at"));
    }

    static String word(Variant variant) {
        return variant.name().toLowerCase(Locale.ROOT);
    }

    static Variant variant(String word) {
        return Variant.valueOf(word.toUpperCase(Locale.ROOT));
    }

    static ExclusionReason exclusion(String kind, String detail) {
        return kind == null ? null
                : new ExclusionReason(ExclusionReason.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), detail);
    }

    /** The stored phone, or null when there is none or it is not E.164. */
    static PhoneNumber phone(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new PhoneNumber(text);
        } catch (BusinessRuleException e) {
            return null;
        }
    }
}
