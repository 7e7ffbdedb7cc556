package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code contacts} row (columns {@link #COLUMNS}) to a {@link Contact}. */
public final class ContactRowMapper implements RowMapper<Contact> {

    /** The columns this mapper reads, from the table aliased {@code c}. */
    static final String COLUMNS = """
            c.id, c.first_name, c.last_name, c.phone, c.email, c.lead_source, c.customer_since, c.notes, \
            c.opted_out_at, c.opt_out_reason, c.source, c.created_at, c.updated_at, c.last_activity_at""";

    @Override
    public Contact map(ResultSet rs, StatementContext ctx) throws SQLException {
        String phone = rs.getString("phone");
        String email = rs.getString("email");
        ContactDetails details = new ContactDetails(rs.getString("first_name"), rs.getString("last_name"),
                phone == null ? null : new PhoneNumber(phone), email == null ? null : new EmailAddress(email),
                rs.getString("lead_source"), rs.getObject("customer_since", LocalDate.class), rs.getString("notes"));
        Instant optedOutAt = Columns.nullableInstant(rs, "opted_out_at");
        OptOut optOut = optedOutAt == null ? null : new OptOut(rs.getString("opt_out_reason"), optedOutAt);
        return new Contact(new ContactId(rs.getLong("id")), details, optOut, rs.getString("source"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"),
                Columns.instant(rs, "last_activity_at"));
    }
}
