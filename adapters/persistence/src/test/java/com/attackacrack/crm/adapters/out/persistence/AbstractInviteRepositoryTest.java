package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.AbstractUserRepositoryTest.T0;
import static com.attackacrack.crm.adapters.out.persistence.AbstractUserRepositoryTest.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.InviteRepository.NewInvite;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.InviteStatus;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link InviteRepository} must show; subclasses supply empty repositories. */
abstract class AbstractInviteRepositoryTest {

    private static final Duration DAY = Duration.ofDays(1);
    private static final int RACE_ROUNDS = 10;

    private InviteRepository invites;
    private TransactionRunner transactions;
    private UserId admin;

    /** An empty invite repository for one test. */
    protected abstract InviteRepository inviteRepository();

    /** An empty user repository for the inviters (invites refer to users). */
    protected abstract UserRepository userRepository();

    /** Transactions the repositories join. */
    protected abstract TransactionRunner transactionRunner();

    @BeforeEach
    void givenEmptyRepositoriesAndAnAdmin() {
        invites = inviteRepository();
        transactions = transactionRunner();
        admin = userRepository().create(newUser("admin@example.com", "Ada", "Admin", Role.ADMIN)).id();
    }

    @Test
    void createdInviteIsPendingAndFoundByIdAndByTokenHash() {
        Invite invite = invites.create(invitation("bob@example.com", "hash-1", T0));

        assertThat(invite).extracting(Invite::email, Invite::role, Invite::tokenHash, Invite::invitedBy,
                        Invite::createdAt, Invite::expiresAt, Invite::usedAt, Invite::revokedAt)
                .containsExactly(new EmailAddress("bob@example.com"), Role.MARKETER, "hash-1", admin, T0,
                        T0.plus(Invite.VALIDITY), null, null);
        assertThat(invite.status(T0)).isEqualTo(InviteStatus.PENDING);
        assertThat(invites.findById(invite.id())).contains(invite);
        assertThat(invites.findByTokenHash("hash-1")).contains(invite);
    }

    @Test
    void aSetupLinkHasNeitherEmailNorInviter() {
        Invite link = invites.create(setupLink("hash-setup", T0));

        Invite found = invites.findByTokenHash("hash-setup").orElseThrow();

        assertThat(found).isEqualTo(link);
        assertThat(found.isSetupLink()).isTrue();
        assertThat(found.inviter()).isEmpty();
        assertThat(found.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void unknownIdAndTokenHashFindNothing() {
        invites.create(invitation("bob@example.com", "hash-1", T0));

        assertThat(invites.findById(new InviteId(987_654))).isEmpty();
        assertThat(invites.findByTokenHash("hash-unknown")).isEmpty();
    }

    @Test
    void anInviteIsUsedOnlyOnce() {
        Invite invite = invites.create(invitation("bob@example.com", "hash-1", T0));
        Instant at = T0.plusSeconds(60);

        assertThat(invites.markUsed(invite.id(), at)).isTrue();
        assertThat(invites.markUsed(invite.id(), at.plusSeconds(1))).isFalse();

        Invite used = invites.findById(invite.id()).orElseThrow();
        assertThat(used.usedAt()).isEqualTo(at);
        assertThat(used.status(at)).isEqualTo(InviteStatus.USED);
    }

    @Test
    void ofTwoConcurrentAcceptsExactlyOneMarksTheInviteUsed() throws InterruptedException {
        for (int round = 0; round < RACE_ROUNDS; round++) {
            InviteId id = invites.create(invitation("racer" + round + "@example.com", "hash-race-" + round, T0)).id();
            Instant at = T0.plusSeconds(60);

            List<TwoAtOnce.Outcome<Boolean>> outcomes = TwoAtOnce.run(
                    () -> transactions.inTransaction(() -> invites.markUsed(id, at)));

            assertThat(outcomes).extracting(TwoAtOnce.Outcome::failure).containsOnlyNulls();
            assertThat(outcomes).extracting(TwoAtOnce.Outcome::result).containsExactlyInAnyOrder(true, false);
            assertThat(invites.findById(id).orElseThrow().usedAt()).isEqualTo(at);
        }
    }

    @Test
    void aRevokedOrExpiredInviteCannotBeUsed() {
        Invite revoked = invites.create(invitation("bob@example.com", "hash-1", T0));
        invites.revoke(revoked.id(), T0.plusSeconds(10));
        Invite expired = invites.create(invitation("cat@example.com", "hash-2", T0));

        assertThat(invites.markUsed(revoked.id(), T0.plusSeconds(20))).isFalse();
        assertThat(invites.markUsed(expired.id(), expired.expiresAt())).isFalse();
        assertThat(invites.findById(revoked.id()).orElseThrow().usedAt()).isNull();
        assertThat(invites.findById(expired.id()).orElseThrow().usedAt()).isNull();
    }

    @Test
    void anInviteCanBeUsedUntilJustBeforeItExpires() {
        Invite invite = invites.create(invitation("bob@example.com", "hash-1", T0));

        assertThat(invites.markUsed(invite.id(), invite.expiresAt().minusNanos(1000))).isTrue();
    }

    @Test
    void pendingListsOnlyInvitesNeitherUsedRevokedNorExpiredNewestFirst() {
        Instant now = T0.plus(Invite.VALIDITY).plusSeconds(30);
        invites.create(invitation("expired@example.com", "hash-expired", T0));
        Invite older = invites.create(invitation("older@example.com", "hash-older", T0.plus(DAY)));
        Invite used = invites.create(invitation("used@example.com", "hash-used", T0.plus(DAY)));
        invites.markUsed(used.id(), T0.plus(DAY).plusSeconds(5));
        Invite revoked = invites.create(invitation("revoked@example.com", "hash-revoked", T0.plus(DAY)));
        invites.revoke(revoked.id(), T0.plus(DAY).plusSeconds(5));
        Invite newer = invites.create(setupLink("hash-newer", T0.plus(DAY.multipliedBy(2))));

        assertThat(invites.pending(now)).containsExactly(newer, older);
    }

    @Test
    void revokingMarksAPendingInviteRevokedButLeavesAUsedInviteUsed() {
        Invite pending = invites.create(invitation("bob@example.com", "hash-1", T0));
        Invite used = invites.create(invitation("cat@example.com", "hash-2", T0));
        invites.markUsed(used.id(), T0.plusSeconds(5));

        invites.revoke(pending.id(), T0.plusSeconds(10));
        invites.revoke(used.id(), T0.plusSeconds(10));

        assertThat(invites.findById(pending.id()).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(invites.findById(used.id()).orElseThrow()).satisfies(invite -> {
            assertThat(invite.revokedAt()).isNull();
            assertThat(invite.status(T0.plusSeconds(20))).isEqualTo(InviteStatus.USED);
        });
    }

    @Test
    void revokePendingSetupLinksRevokesOnlyPendingSetupLinksAndCountsThem() {
        Instant at = T0.plus(DAY);
        Invite first = invites.create(setupLink("hash-setup-1", T0));
        Invite second = invites.create(setupLink("hash-setup-2", T0.plusSeconds(5)));
        Invite usedLink = invites.create(setupLink("hash-setup-used", T0));
        invites.markUsed(usedLink.id(), T0.plusSeconds(10));
        Invite expiredLink = invites.create(new NewInvite(null, Role.ADMIN, "hash-setup-expired", null,
                T0.minus(Invite.VALIDITY), T0));
        Invite emailInvite = invites.create(invitation("bob@example.com", "hash-bob", T0));

        int revoked = invites.revokePendingSetupLinks(at);

        assertThat(revoked).isEqualTo(2);
        assertThat(invites.pending(at)).containsExactly(emailInvite);
        assertThat(invites.findById(first.id()).orElseThrow().revokedAt()).isEqualTo(at);
        assertThat(invites.findById(second.id()).orElseThrow().revokedAt()).isEqualTo(at);
        assertThat(invites.findById(usedLink.id()).orElseThrow().status(at)).isEqualTo(InviteStatus.USED);
        assertThat(invites.findById(expiredLink.id()).orElseThrow().status(at)).isEqualTo(InviteStatus.EXPIRED);
    }

    @Test
    void reissueGivesANewTokenHashAndExpirySoTheOldLinkStopsWorking() {
        Invite invite = invites.create(invitation("bob@example.com", "hash-old", T0));
        Instant later = T0.plus(Invite.VALIDITY).plus(DAY);
        Instant newExpiry = later.plus(Invite.VALIDITY);

        invites.reissue(invite.id(), "hash-new", newExpiry);

        assertThat(invites.findByTokenHash("hash-old")).isEmpty();
        Invite reissued = invites.findByTokenHash("hash-new").orElseThrow();
        assertThat(reissued.id()).isEqualTo(invite.id());
        assertThat(reissued.expiresAt()).isEqualTo(newExpiry);
        assertThat(reissued.createdAt()).isEqualTo(T0);
        assertThat(invites.pending(later)).containsExactly(reissued);
    }

    private NewInvite invitation(String email, String tokenHash, Instant createdAt) {
        return new NewInvite(new EmailAddress(email), Role.MARKETER, tokenHash, admin, createdAt,
                createdAt.plus(Invite.VALIDITY));
    }

    private static NewInvite setupLink(String tokenHash, Instant createdAt) {
        return new NewInvite(null, Role.ADMIN, tokenHash, null, createdAt, createdAt.plus(Invite.VALIDITY));
    }
}
