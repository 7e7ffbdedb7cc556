package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code properties} row (columns {@link #COLUMNS}) to a {@link Property}; baths come back with scale 1. */
public final class PropertyRowMapper implements RowMapper<Property> {

    /** The columns this mapper reads, from the table aliased {@code p}. */
    static final String COLUMNS = """
            p.id, p.street, p.city, p.state, p.zip, p.property_type, p.apn, p.year_built, p.square_feet, p.beds, \
            p.baths, p.estimated_value, p.estimated_equity, p.equity_percent, p.owner_occupied, p.listed_for_sale, \
            p.foreclosure, p.mailing_street, p.mailing_city, p.mailing_state, p.mailing_zip, p.source, \
            p.created_at, p.updated_at""";

    @Override
    public Property map(ResultSet rs, StatementContext ctx) throws SQLException {
        String mailingStreet = rs.getString("mailing_street");
        Address mailing = mailingStreet == null ? null : new Address(mailingStreet, rs.getString("mailing_city"),
                rs.getString("mailing_state"), rs.getString("mailing_zip"));
        PropertyDetails details = new PropertyDetails(
                new Address(rs.getString("street"), rs.getString("city"), rs.getString("state"), rs.getString("zip")),
                rs.getString("property_type"), rs.getString("apn"), nullableInt(rs, "year_built"),
                nullableInt(rs, "square_feet"), nullableInt(rs, "beds"), rs.getBigDecimal("baths"),
                Columns.nullableLong(rs, "estimated_value"), Columns.nullableLong(rs, "estimated_equity"),
                nullableInt(rs, "equity_percent"), nullableBoolean(rs, "owner_occupied"),
                nullableBoolean(rs, "listed_for_sale"), nullableBoolean(rs, "foreclosure"), mailing);
        return new Property(new PropertyId(rs.getLong("id")), details, rs.getString("source"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
