package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.contact.ContactSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a contact row with its {@code property_count} to a {@link ContactSummary}. */
public final class ContactSummaryRowMapper implements RowMapper<ContactSummary> {

    private final ContactRowMapper contacts = new ContactRowMapper();

    @Override
    public ContactSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ContactSummary(contacts.map(rs, ctx), rs.getInt("property_count"));
    }
}
