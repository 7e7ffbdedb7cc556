package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryInviteRepository;
import com.attackacrack.crm.application.fakes.InMemoryLoginThrottle;
import com.attackacrack.crm.application.fakes.InMemorySessionRepository;
import com.attackacrack.crm.application.fakes.InMemoryUserRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.PlainPasswordHasher;
import com.attackacrack.crm.application.fakes.RecordingMailer;
import com.attackacrack.crm.application.fakes.SequentialTokenGenerator;
import com.attackacrack.crm.application.fakes.SetCommonPasswords;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.in.user.SignInCommand;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.application.port.out.UserRepository.NewUser;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The fakes every user-service test needs, the services built on them, and the {@code given...} helpers. */
final class UserFixture {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final URI BASE_URL = URI.create("https://crm.example.com");
    static final String PASSWORD = "Correct-Horse-42!";
    static final String OTHER_PASSWORD = "Battery-Staple-77?";
    static final String ADDRESS = "203.0.113.7";

    final MutableClock clock = new MutableClock(T0);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryInviteRepository invites = new InMemoryInviteRepository();
    final InMemorySessionRepository sessions = new InMemorySessionRepository();
    final PlainPasswordHasher hasher = new PlainPasswordHasher();
    final SetCommonPasswords commonPasswords = new SetCommonPasswords();
    final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(clock);
    final RecordingMailer mailer = new RecordingMailer();
    final SequentialTokenGenerator tokens = new SequentialTokenGenerator();
    final DirectTransactionRunner transactions = new DirectTransactionRunner();

    InviteUserService inviteUser() {
        return new InviteUserService(users, invites, tokens, mailer, transactions, BASE_URL, clock);
    }

    ResendInviteService resendInvite() {
        return new ResendInviteService(users, invites, tokens, mailer, transactions, BASE_URL, clock);
    }

    RevokeInviteService revokeInvite() {
        return new RevokeInviteService(users, invites, clock);
    }

    CreateSetupLinkService createSetupLink() {
        return new CreateSetupLinkService(users, invites, tokens, transactions, BASE_URL, clock);
    }

    CheckInviteService checkInvite() {
        return new CheckInviteService(invites, clock);
    }

    AcceptInviteService acceptInvite() {
        return new AcceptInviteService(users, invites, sessions, hasher, commonPasswords, tokens, transactions, clock);
    }

    SignInService signIn() {
        return new SignInService(users, sessions, hasher, throttle, tokens, transactions, clock);
    }

    SignOutService signOut() {
        return new SignOutService(sessions, clock);
    }

    AuthenticateSessionService authenticate() {
        return new AuthenticateSessionService(users, sessions, clock);
    }

    User givenUser(String email, Role role) {
        String name = email.substring(0, 1).toUpperCase(Locale.ROOT) + email.substring(1, email.indexOf('@'));
        return users.create(new NewUser(EmailAddress.parse(email), new PersonName(name, "Tester"), hasher.hash(PASSWORD),
                role, T0));
    }

    User givenAdmin() {
        return givenUser("ada@example.com", Role.ADMIN);
    }

    User givenMarketer() {
        return givenUser("mia@example.com", Role.MARKETER);
    }

    User givenDeactivated(User user) {
        User deactivated = user.withActive(false);
        users.update(deactivated);
        return deactivated;
    }

    InviteResult givenInvite(User inviter, String email, Role role) {
        return inviteUser().invite(new InviteUserCommand(Optional.of(inviter.id()), EmailAddress.parse(email), role));
    }

    SignedIn givenSignedIn(User user) {
        return signIn().signIn(new SignInCommand(user.email().value(), PASSWORD, ADDRESS));
    }

    User reload(UserId id) {
        return users.findById(id).orElseThrow();
    }

    static String tokenOf(InviteResult result) {
        return result.link().substring(result.link().lastIndexOf('/') + 1);
    }
}
