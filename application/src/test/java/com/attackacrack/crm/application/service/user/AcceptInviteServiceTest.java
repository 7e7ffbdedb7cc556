package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.PASSWORD;
import static com.attackacrack.crm.application.service.user.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.InMemoryInviteRepository;
import com.attackacrack.crm.application.port.in.user.AcceptInviteCommand;
import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase.InviteCheck.Outcome;
import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.UserRepository.NewUser;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.InvalidPasswordException;
import com.attackacrack.crm.domain.user.PasswordProblem;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import org.junit.jupiter.api.Test;

class AcceptInviteServiceTest {

    private final UserFixture given = new UserFixture();
    private final User admin = given.givenAdmin();

    @Test
    void createsTheAccountWithTheInvitesEmailAndRoleAndSignsIn() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.ADMIN);
        int unitsBefore = given.transactions.units();

        SignedIn signedIn = given.acceptInvite().accept(givenForm(invite, "ignored@example.com", PASSWORD, PASSWORD));

        User created = given.users.findByEmail(EmailAddress.parse("new.person@example.com")).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.ADMIN);
        assertThat(created.name()).isEqualTo(new PersonName("New", "Person"));
        assertThat(given.hasher.matches(PASSWORD, created.passwordHash())).isTrue();
        assertThat(created.lastLogin()).contains(T0);
        assertThat(signedIn.user()).isEqualTo(created);
        assertThat(given.authenticate().authenticate(signedIn.sessionToken())).map(CurrentUser::user).contains(created);
        assertThat(given.checkInvite().check(UserFixture.tokenOf(invite)).outcome()).isEqualTo(Outcome.USED);
        assertThat(given.transactions.units() - unitsBefore).isEqualTo(1);
    }

    @Test
    void aSetupLinkCreatesAnAdminWithTheEmailFromTheForm() {
        UserFixture empty = new UserFixture();
        InviteResult setup = empty.createSetupLink().createSetupLink().orElseThrow();

        SignedIn signedIn = empty.acceptInvite().accept(givenForm(setup, " Owner@Example.com ", PASSWORD, PASSWORD));

        assertThat(signedIn.user().email()).isEqualTo(EmailAddress.parse("owner@example.com"));
        assertThat(signedIn.user().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theFirstAccountRetiresAPendingSetupLink() {
        UserFixture empty = new UserFixture();
        InviteResult setup = empty.createSetupLink().createSetupLink().orElseThrow();
        InviteResult invite = empty.inviteUser().invite(InviteUserCommand.of(Optional.empty(), "ops@example.com", "admin"));

        empty.acceptInvite().accept(givenForm(invite, null, PASSWORD, PASSWORD));

        assertThat(empty.checkInvite().check(UserFixture.tokenOf(setup)).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(new ListUsersService(empty.users, empty.invites, empty.clock).list().pendingInvites()).isEmpty();
    }

    @Test
    void aSetupLinkNeedsAnEmail() {
        UserFixture empty = new UserFixture();
        InviteResult setup = empty.createSetupLink().createSetupLink().orElseThrow();

        assertThatThrownBy(() -> empty.acceptInvite().accept(givenForm(setup, " ", PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("Email address is required");
    }

    @Test
    void aSetupLinkIsRefusedOnceTheFirstAccountExists() {
        UserFixture empty = new UserFixture();
        InviteResult setup = empty.createSetupLink().createSetupLink().orElseThrow();
        empty.givenMarketer();

        assertThatThrownBy(() -> empty.acceptInvite().accept(givenForm(setup, "owner@example.com", PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
    }

    @Test
    void mismatchedPasswordsAreRefusedAndNothingIsCreated() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        assertThatThrownBy(() -> given.acceptInvite().accept(givenForm(invite, null, PASSWORD, PASSWORD + "x")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("The two passwords do not match");
        assertThat(given.users.count()).isEqualTo(1);
        assertThat(given.checkInvite().check(UserFixture.tokenOf(invite)).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void aWeakPasswordIsRefusedListingEveryProblemWithoutRepeatingIt() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        assertThatThrownBy(() -> given.acceptInvite().accept(givenForm(invite, null, "secret", "secret")))
                .isInstanceOfSatisfying(InvalidPasswordException.class, e -> assertThat(e.problems()).containsExactly(
                        PasswordProblem.TOO_SHORT, PasswordProblem.NO_UPPER_CASE, PasswordProblem.NO_DIGIT,
                        PasswordProblem.NO_SYMBOL))
                .message().doesNotContain("secret");
    }

    @Test
    void aPasswordContainingTheInvitedEmailNameIsRefused() {
        InviteResult invite = given.givenInvite(admin, "jordan@example.com", Role.MARKETER);
        String password = "Jordan-Rocks-2026!";

        assertThatThrownBy(() -> given.acceptInvite().accept(givenForm(invite, null, password, password)))
                .isInstanceOfSatisfying(InvalidPasswordException.class,
                        e -> assertThat(e.problems()).containsExactly(PasswordProblem.CONTAINS_EMAIL_NAME));
    }

    @Test
    void aCommonPasswordIsRefused() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        String common = "pASSWORD123!";

        assertThatThrownBy(() -> given.acceptInvite().accept(givenForm(invite, null, common, common)))
                .isInstanceOfSatisfying(InvalidPasswordException.class,
                        e -> assertThat(e.problems()).containsExactly(PasswordProblem.COMMON));
    }

    @Test
    void anExpiredInviteIsRefused() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.clock.advance(Duration.ofDays(7));

        assertThatThrownBy(() -> given.acceptInvite().accept(givenForm(invite, null, PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
                .hasMessageContaining("expired");
    }

    @Test
    void anInviteCannotBeUsedTwice() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.acceptInvite().accept(givenForm(invite, null, PASSWORD, PASSWORD));

        assertThatThrownBy(() -> given.acceptInvite().accept(givenForm(invite, null, PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
                .hasMessageContaining("already been used");
    }

    @Test
    void aRevokedInviteIsRefused() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.revokeInvite().revoke(admin.id(), invite.invite().id());

        assertThatThrownBy(() -> given.acceptInvite().accept(givenForm(invite, null, PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
                .hasMessageContaining("withdrawn");
    }

    @Test
    void anUnknownTokenIsNotFoundAndNotEchoed() {
        AcceptInviteCommand form = new AcceptInviteCommand("token-404", null, "New", "Person", PASSWORD, PASSWORD);

        assertThatThrownBy(() -> given.acceptInvite().accept(form))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .message().doesNotContain("token-404");
    }

    @Test
    void anInviteUsedByAConcurrentAcceptIsAConflict() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        AcceptInviteService service = new AcceptInviteService(given.users, new LosingRace(given.invites), given.sessions,
                given.hasher, given.commonPasswords, given.tokens, given.transactions, given.clock);

        assertThatThrownBy(() -> service.accept(givenForm(invite, null, PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
                .hasMessage("This invite was just used");
        assertThat(given.users.count()).isEqualTo(1);
    }

    @Test
    void anEmailThatGotAnAccountMeanwhileIsAConflict() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.users.create(new NewUser(EmailAddress.parse("new.person@example.com"), new PersonName("Early", "Bird"),
                given.hasher.hash(PASSWORD), Role.MARKETER, T0));

        assertThatThrownBy(() -> given.acceptInvite().accept(givenForm(invite, null, PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
    }

    @Test
    void namesAreRequired() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        AcceptInviteCommand form = new AcceptInviteCommand(UserFixture.tokenOf(invite), null, " ", "Person", PASSWORD,
                PASSWORD);

        assertThatThrownBy(() -> given.acceptInvite().accept(form))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("First name is required");
    }

    private static AcceptInviteCommand givenForm(InviteResult invite, String email, String password, String confirmation) {
        return new AcceptInviteCommand(UserFixture.tokenOf(invite), email, "New", "Person", password, confirmation);
    }

    /** An invite store where another request always marks the invite used first. */
    private record LosingRace(InMemoryInviteRepository delegate) implements InviteRepository {

        @Override
        public Invite create(NewInvite invite) {
            return delegate.create(invite);
        }

        @Override
        public Optional<Invite> findById(InviteId id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<Invite> findByTokenHash(String tokenHash) {
            return delegate.findByTokenHash(tokenHash);
        }

        @Override
        public List<Invite> pending(Instant now) {
            return delegate.pending(now);
        }

        @Override
        public boolean markUsed(InviteId id, Instant at) {
            return false;
        }

        @Override
        public void revoke(InviteId id, Instant at) {
            delegate.revoke(id, at);
        }

        @Override
        public int revokePendingSetupLinks(Instant at) {
            return delegate.revokePendingSetupLinks(at);
        }

        @Override
        public void reissue(InviteId id, String newTokenHash, Instant newExpiresAt) {
            delegate.reissue(id, newTokenHash, newExpiresAt);
        }
    }
}
