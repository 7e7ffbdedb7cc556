package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.domain.user.Session;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Keeps server-side sessions in PostgreSQL, so every web instance sees the same sign-ins and sign-outs. */
public final class JdbiSessionRepository implements SessionRepository {

    private final SessionDao dao;

    public JdbiSessionRepository(Jdbi jdbi) {
        this.dao = Objects.requireNonNull(jdbi, "jdbi").onDemand(SessionDao.class);
    }

    @Override
    public void create(Session session) {
        Objects.requireNonNull(session, "session");
        dao.insert(session.idHash(), session.userId().value(), session.csrfToken(), session.createdAt(),
                session.expiresAt(), session.revokedAt());
    }

    @Override
    public Optional<Session> findByIdHash(String idHash) {
        return dao.findByIdHash(idHash);
    }

    @Override
    public void revoke(String idHash, Instant at) {
        dao.revoke(idHash, Objects.requireNonNull(at, "at"));
    }

    @Override
    public int revokeAllForUser(UserId userId, Instant at) {
        return dao.revokeAllForUser(userId.value(), Objects.requireNonNull(at, "at"));
    }

    @Override
    public int revokeOthersForUser(UserId userId, String keepIdHash, Instant at) {
        return dao.revokeOthersForUser(userId.value(), Objects.requireNonNull(keepIdHash, "keepIdHash"),
                Objects.requireNonNull(at, "at"));
    }

    @Override
    public int deleteEndedBefore(Instant cutoff) {
        return dao.deleteEndedBefore(Objects.requireNonNull(cutoff, "cutoff"));
    }
}
