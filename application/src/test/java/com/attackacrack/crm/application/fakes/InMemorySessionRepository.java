package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.domain.user.Session;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Test fake of {@link SessionRepository} keyed by the session id hash; revoking keeps the first revocation time. */
public final class InMemorySessionRepository implements SessionRepository {

    private final Map<String, Session> byIdHash = new LinkedHashMap<>();

    @Override
    public synchronized void create(Session session) {
        if (byIdHash.putIfAbsent(session.idHash(), session) != null) {
            throw new IllegalStateException("duplicate session id hash");
        }
    }

    @Override
    public synchronized Optional<Session> findByIdHash(String idHash) {
        return Optional.ofNullable(byIdHash.get(idHash));
    }

    @Override
    public synchronized void revoke(String idHash, Instant at) {
        revokeWhere(session -> session.idHash().equals(idHash), at);
    }

    @Override
    public synchronized int revokeAllForUser(UserId userId, Instant at) {
        return revokeWhere(session -> session.userId().equals(userId), at);
    }

    @Override
    public synchronized int revokeOthersForUser(UserId userId, String keepIdHash, Instant at) {
        return revokeWhere(session -> session.userId().equals(userId) && !session.idHash().equals(keepIdHash), at);
    }

    @Override
    public synchronized int deleteEndedBefore(Instant cutoff) {
        int before = byIdHash.size();
        byIdHash.values().removeIf(session -> session.expiresAt().isBefore(cutoff)
                || (session.revokedAt() != null && session.revokedAt().isBefore(cutoff)));
        return before - byIdHash.size();
    }

    /** Every stored session of the user, active or not, in creation order. */
    public synchronized List<Session> sessionsOf(UserId userId) {
        return byIdHash.values().stream().filter(session -> session.userId().equals(userId)).toList();
    }

    private int revokeWhere(Predicate<Session> which, Instant at) {
        int wereActive = 0;
        for (Map.Entry<String, Session> entry : byIdHash.entrySet()) {
            Session session = entry.getValue();
            if (which.test(session) && session.revokedAt() == null) {
                if (session.activeAt(at)) {
                    wereActive++;
                }
                entry.setValue(new Session(session.idHash(), session.userId(), session.csrfToken(), session.createdAt(),
                        session.expiresAt(), at));
            }
        }
        return wereActive;
    }
}
