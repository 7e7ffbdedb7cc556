package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.user.Session;
import com.attackacrack.crm.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code sessions} row to a {@link Session}. */
public final class SessionRowMapper implements RowMapper<Session> {

    @Override
    public Session map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Session(rs.getString("id_hash"), new UserId(rs.getLong("user_id")), rs.getString("csrf_token"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "expires_at"),
                Columns.nullableInstant(rs, "revoked_at"));
    }
}
