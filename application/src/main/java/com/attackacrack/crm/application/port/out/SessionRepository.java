package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.user.Session;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Server-side sessions, found by the hash of the cookie's id, shared by every web instance. */
public interface SessionRepository {

    void create(Session session);

    Optional<Session> findByIdHash(String idHash);

    void revoke(String idHash, Instant at);

    /** Revokes every session of the user; returns how many were active. */
    int revokeAllForUser(UserId userId, Instant at);

    /** Revokes every session of the user except the one kept; returns how many were active. */
    int revokeOthersForUser(UserId userId, String keepIdHash, Instant at);

    /** Deletes sessions that expired or were revoked before {@code cutoff}; returns how many. */
    int deleteEndedBefore(Instant cutoff);
}
