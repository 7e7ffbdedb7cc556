package com.attackacrack.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InviteTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant EXPIRES = T0.plus(Invite.VALIDITY);

    @Test
    void isValidForSevenDays() {
        assertThat(Invite.VALIDITY).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void isPendingUntilJustBeforeItExpires() {
        assertThat(givenInvite(null, null).status(EXPIRES.minusMillis(1))).isEqualTo(InviteStatus.PENDING);
    }

    @Test
    void isExpiredFromTheMomentItExpires() {
        assertThat(givenInvite(null, null).status(EXPIRES)).isEqualTo(InviteStatus.EXPIRED);
    }

    @Test
    void isUsedOnceUsedEvenAfterItsExpiry() {
        assertThat(givenInvite(T0.plusSeconds(60), null).status(EXPIRES.plusSeconds(1))).isEqualTo(InviteStatus.USED);
    }

    @Test
    void isRevokedOnceRevoked() {
        assertThat(givenInvite(null, T0.plusSeconds(60)).status(T0.plusSeconds(61))).isEqualTo(InviteStatus.REVOKED);
    }

    @Test
    void revocationOutranksUse() {
        assertThat(givenInvite(T0.plusSeconds(30), T0.plusSeconds(60)).status(T0)).isEqualTo(InviteStatus.REVOKED);
    }

    @Test
    void anInviteWithoutEmailIsASetupLink() {
        Invite setup = new Invite(new InviteId(1), null, Role.ADMIN, "hash", null, T0, EXPIRES, null, null);

        assertThat(setup.isSetupLink()).isTrue();
        assertThat(setup.emailAddress()).isEmpty();
        assertThat(setup.inviter()).isEmpty();
    }

    @Test
    void anInviteWithEmailIsNotASetupLinkAndNamesItsInviter() {
        Invite invite = givenInvite(null, null);

        assertThat(invite.isSetupLink()).isFalse();
        assertThat(invite.inviter()).contains(new UserId(7));
    }

    @Test
    void itsTextNeverShowsTheTokenHash() {
        assertThat(givenInvite(null, null).toString()).doesNotContain("secret-hash").contains("marketer");
    }

    @Test
    void theRoleIsRequired() {
        assertThatThrownBy(() -> new Invite(new InviteId(1), null, null, "hash", null, T0, EXPIRES, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("role");
    }

    @Test
    void idsArePositive() {
        assertThatThrownBy(() -> new InviteId(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Invite givenInvite(Instant usedAt, Instant revokedAt) {
        return new Invite(new InviteId(1), EmailAddress.parse("new.person@example.com"), Role.MARKETER, "secret-hash",
                new UserId(7), T0, EXPIRES, usedAt, revokedAt);
    }
}
