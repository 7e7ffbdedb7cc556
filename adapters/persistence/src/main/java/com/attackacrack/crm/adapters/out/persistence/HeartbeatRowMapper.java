package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code process_heartbeats} row to a {@link Heartbeat}. */
public final class HeartbeatRowMapper implements RowMapper<Heartbeat> {

    @Override
    public Heartbeat map(ResultSet rs, StatementContext ctx) throws SQLException {
        ProcessInfo process = new ProcessInfo(rs.getString("process_id"), ProcessRole.fromCode(rs.getString("role")),
                rs.getString("host"), rs.getString("version"), Columns.instant(rs, "started_at"));
        return new Heartbeat(process, Columns.instant(rs, "sent_at"), Columns.instant(rs, "received_at"));
    }
}
