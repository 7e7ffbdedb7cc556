package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.system.Heartbeat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code process_heartbeats} table. */
@RegisterRowMapper(HeartbeatRowMapper.class)
public interface HeartbeatDao {

    /** Inserts or replaces the process's row unless the stored heartbeat was received later. */
    @SqlUpdate("""
            insert into process_heartbeats (process_id, role, host, version, started_at, sent_at, received_at, updated_at)
            values (:processId, :role, :host, :version, :startedAt, :sentAt, :receivedAt, now())
            on conflict (process_id) do update set
                role = excluded.role,
                host = excluded.host,
                version = excluded.version,
                started_at = excluded.started_at,
                sent_at = excluded.sent_at,
                received_at = excluded.received_at,
                updated_at = now()
            where process_heartbeats.received_at <= excluded.received_at
            """)
    void upsert(@Bind("processId") String processId, @Bind("role") String role, @Bind("host") String host,
                @Bind("version") String version, @Bind("startedAt") Instant startedAt, @Bind("sentAt") Instant sentAt,
                @Bind("receivedAt") Instant receivedAt);

    @SqlQuery("""
            select process_id, role, host, version, started_at, sent_at, received_at
            from process_heartbeats
            where role = :role
            order by received_at desc, process_id
            limit 1
            """)
    Optional<Heartbeat> latest(@Bind("role") String role);

    @SqlQuery("""
            select process_id, role, host, version, started_at, sent_at, received_at
            from process_heartbeats
            order by received_at desc, process_id
            """)
    List<Heartbeat> all();
}
