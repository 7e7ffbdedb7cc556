package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.property.PropertySummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a property row with its {@code contact_count} to a {@link PropertySummary}. */
public final class PropertySummaryRowMapper implements RowMapper<PropertySummary> {

    private final PropertyRowMapper properties = new PropertyRowMapper();

    @Override
    public PropertySummary map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PropertySummary(properties.map(rs, ctx), rs.getInt("contact_count"));
    }
}
