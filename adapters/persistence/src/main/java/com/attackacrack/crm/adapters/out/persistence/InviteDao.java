package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.user.Invite;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code invites} table. */
@RegisterRowMapper(InviteRowMapper.class)
public interface InviteDao {

    @SqlQuery("""
            insert into invites (email, role, token_hash, invited_by, created_at, expires_at)
            values (:email, :role, :tokenHash, :invitedBy, :createdAt, :expiresAt)
            returning id, email, role, token_hash, invited_by, created_at, expires_at, used_at, revoked_at
            """)
    Invite insert(@Bind("email") String email, @Bind("role") String role, @Bind("tokenHash") String tokenHash,
                  @Bind("invitedBy") Long invitedBy, @Bind("createdAt") Instant createdAt,
                  @Bind("expiresAt") Instant expiresAt);

    @SqlQuery("""
            select id, email, role, token_hash, invited_by, created_at, expires_at, used_at, revoked_at
            from invites
            where id = :id
            """)
    Optional<Invite> findById(@Bind("id") long id);

    @SqlQuery("""
            select id, email, role, token_hash, invited_by, created_at, expires_at, used_at, revoked_at
            from invites
            where token_hash = :tokenHash
            """)
    Optional<Invite> findByTokenHash(@Bind("tokenHash") String tokenHash);

    @SqlQuery("""
            select id, email, role, token_hash, invited_by, created_at, expires_at, used_at, revoked_at
            from invites
            where used_at is null and revoked_at is null and expires_at > :now
            order by created_at desc, id desc
            """)
    List<Invite> pending(@Bind("now") Instant now);

    /**
     * One conditional statement, so of two concurrent accepts exactly one changes the row: the second waits for the
     * first's row lock and then re-checks the condition against the committed row.
     */
    @SqlUpdate("""
            update invites set used_at = :at
            where id = :id and used_at is null and revoked_at is null and expires_at > :at
            """)
    int markUsed(@Bind("id") long id, @Bind("at") Instant at);

    /** A used invite keeps its history: only an invite neither used nor revoked is revoked. */
    @SqlUpdate("update invites set revoked_at = :at where id = :id and used_at is null and revoked_at is null")
    int revoke(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("""
            update invites set revoked_at = :at
            where email is null and used_at is null and revoked_at is null and expires_at > :at
            """)
    int revokePendingSetupLinks(@Bind("at") Instant at);

    @SqlUpdate("update invites set token_hash = :tokenHash, expires_at = :expiresAt where id = :id")
    int reissue(@Bind("id") long id, @Bind("tokenHash") String tokenHash, @Bind("expiresAt") Instant expiresAt);
}
