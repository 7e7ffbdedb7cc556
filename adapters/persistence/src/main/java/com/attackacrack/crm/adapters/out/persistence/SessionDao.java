package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.user.Session;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code sessions} table. */
@RegisterRowMapper(SessionRowMapper.class)
public interface SessionDao {

    @SqlUpdate("""
            insert into sessions (id_hash, user_id, csrf_token, created_at, expires_at, revoked_at)
            values (:idHash, :userId, :csrfToken, :createdAt, :expiresAt, :revokedAt)
            """)
    void insert(@Bind("idHash") String idHash, @Bind("userId") long userId, @Bind("csrfToken") String csrfToken,
                @Bind("createdAt") Instant createdAt, @Bind("expiresAt") Instant expiresAt,
                @Bind("revokedAt") Instant revokedAt);

    @SqlQuery("""
            select id_hash, user_id, csrf_token, created_at, expires_at, revoked_at
            from sessions
            where id_hash = :idHash
            """)
    Optional<Session> findByIdHash(@Bind("idHash") String idHash);

    /** Revokes the session unless it already was (the first revocation time stays). */
    @SqlUpdate("update sessions set revoked_at = :at where id_hash = :idHash and revoked_at is null")
    int revoke(@Bind("idHash") String idHash, @Bind("at") Instant at);

    /** Revokes the user's sessions still active at {@code at}; returns how many. */
    @SqlUpdate("""
            update sessions set revoked_at = :at
            where user_id = :userId and revoked_at is null and expires_at > :at
            """)
    int revokeAllForUser(@Bind("userId") long userId, @Bind("at") Instant at);

    /** Revokes the user's sessions still active at {@code at} except the one kept; returns how many. */
    @SqlUpdate("""
            update sessions set revoked_at = :at
            where user_id = :userId and id_hash <> :keepIdHash and revoked_at is null and expires_at > :at
            """)
    int revokeOthersForUser(@Bind("userId") long userId, @Bind("keepIdHash") String keepIdHash, @Bind("at") Instant at);

    @SqlUpdate("delete from sessions where expires_at < :cutoff or revoked_at < :cutoff")
    int deleteEndedBefore(@Bind("cutoff") Instant cutoff);
}
