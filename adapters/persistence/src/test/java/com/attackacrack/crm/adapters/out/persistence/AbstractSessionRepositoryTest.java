package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.AbstractUserRepositoryTest.T0;
import static com.attackacrack.crm.adapters.out.persistence.AbstractUserRepositoryTest.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.Session;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SessionRepository} must show; subclasses supply empty repositories. */
abstract class AbstractSessionRepositoryTest {

    private static final Duration LIFETIME = Duration.ofHours(12);

    private SessionRepository sessions;
    private UserId ann;
    private UserId bob;

    /** An empty session repository for one test. */
    protected abstract SessionRepository sessionRepository();

    /** An empty user repository for the sessions' owners (sessions refer to users). */
    protected abstract UserRepository userRepository();

    @BeforeEach
    void givenEmptyRepositoriesAndTwoUsers() {
        sessions = sessionRepository();
        UserRepository users = userRepository();
        ann = users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN)).id();
        bob = users.create(newUser("bob@example.com", "Bob", "Baker", Role.MARKETER)).id();
    }

    @Test
    void createdSessionIsFoundByItsIdHash() {
        Session session = givenSession("hash-1", ann, T0);

        assertThat(sessions.findByIdHash("hash-1")).contains(session);
        assertThat(sessions.findByIdHash("hash-unknown")).isEmpty();
    }

    @Test
    void revokedAndExpiredSessionsAreStillFoundButNotActive() {
        givenSession("hash-revoked", ann, T0);
        sessions.revoke("hash-revoked", T0.plusSeconds(60));
        Session expired = givenSession("hash-expired", ann, T0.minus(LIFETIME).minusSeconds(1));

        Session revoked = sessions.findByIdHash("hash-revoked").orElseThrow();

        assertThat(revoked.revokedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(revoked.activeAt(T0.plusSeconds(61))).isFalse();
        assertThat(sessions.findByIdHash("hash-expired")).contains(expired);
        assertThat(expired.activeAt(T0)).isFalse();
    }

    @Test
    void revokingTwiceKeepsTheFirstRevocationTime() {
        givenSession("hash-1", ann, T0);

        sessions.revoke("hash-1", T0.plusSeconds(60));
        sessions.revoke("hash-1", T0.plusSeconds(120));

        assertThat(sessions.findByIdHash("hash-1").orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void revokeAllForUserRevokesTheUsersActiveSessionsAndCountsThem() {
        Instant at = T0.plusSeconds(600);
        givenSession("ann-1", ann, T0);
        givenSession("ann-2", ann, T0.plusSeconds(10));
        givenSession("ann-revoked", ann, T0);
        sessions.revoke("ann-revoked", T0.plusSeconds(20));
        givenSession("ann-expired", ann, T0.minus(LIFETIME));
        givenSession("bob-1", bob, T0);

        int revoked = sessions.revokeAllForUser(ann, at);

        assertThat(revoked).isEqualTo(2);
        assertThat(revokedAt("ann-1")).isEqualTo(at);
        assertThat(revokedAt("ann-2")).isEqualTo(at);
        assertThat(revokedAt("ann-revoked")).isEqualTo(T0.plusSeconds(20));
        assertThat(sessions.findByIdHash("bob-1").orElseThrow().activeAt(at)).isTrue();
    }

    @Test
    void revokeOthersForUserKeepsTheCurrentSessionAndCountsTheRest() {
        Instant at = T0.plusSeconds(600);
        givenSession("ann-current", ann, T0);
        givenSession("ann-phone", ann, T0.plusSeconds(10));
        givenSession("ann-laptop", ann, T0.plusSeconds(20));
        givenSession("ann-revoked", ann, T0);
        sessions.revoke("ann-revoked", T0.plusSeconds(30));
        givenSession("bob-1", bob, T0);

        int revoked = sessions.revokeOthersForUser(ann, "ann-current", at);

        assertThat(revoked).isEqualTo(2);
        assertThat(sessions.findByIdHash("ann-current").orElseThrow().activeAt(at)).isTrue();
        assertThat(revokedAt("ann-phone")).isEqualTo(at);
        assertThat(revokedAt("ann-laptop")).isEqualTo(at);
        assertThat(revokedAt("ann-revoked")).isEqualTo(T0.plusSeconds(30));
        assertThat(sessions.findByIdHash("bob-1").orElseThrow().activeAt(at)).isTrue();
    }

    @Test
    void revokingForAUserWithoutActiveSessionsCountsNothing() {
        givenSession("ann-1", ann, T0);

        assertThat(sessions.revokeAllForUser(bob, T0.plusSeconds(1))).isZero();
        assertThat(sessions.revokeOthersForUser(ann, "ann-1", T0.plusSeconds(1))).isZero();
    }

    @Test
    void deleteEndedBeforeDeletesSessionsThatExpiredOrWereRevokedBeforeTheCutoff() {
        Instant cutoff = T0.plus(Duration.ofDays(30));
        givenSession("expired-before", ann, cutoff.minus(LIFETIME).minusSeconds(1));
        givenSession("revoked-before", ann, cutoff.minusSeconds(100));
        sessions.revoke("revoked-before", cutoff.minusSeconds(1));
        givenSession("expires-at-cutoff", ann, cutoff.minus(LIFETIME));
        givenSession("revoked-at-cutoff", bob, cutoff.minusSeconds(100));
        sessions.revoke("revoked-at-cutoff", cutoff);
        givenSession("active", bob, cutoff.minusSeconds(100));

        int deleted = sessions.deleteEndedBefore(cutoff);

        assertThat(deleted).isEqualTo(2);
        assertThat(sessions.findByIdHash("expired-before")).isEmpty();
        assertThat(sessions.findByIdHash("revoked-before")).isEmpty();
        assertThat(sessions.findByIdHash("expires-at-cutoff")).isPresent();
        assertThat(sessions.findByIdHash("revoked-at-cutoff")).isPresent();
        assertThat(sessions.findByIdHash("active")).isPresent();
    }

    private Session givenSession(String idHash, UserId userId, Instant createdAt) {
        Session session = new Session(idHash, userId, "csrf-" + idHash, createdAt, createdAt.plus(LIFETIME), null);
        sessions.create(session);
        return session;
    }

    private Instant revokedAt(String idHash) {
        return sessions.findByIdHash(idHash).orElseThrow().revokedAt();
    }
}
