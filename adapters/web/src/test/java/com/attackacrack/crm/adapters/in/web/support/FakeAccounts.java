package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.adapters.in.web.auth.CsrfTokens;
import com.attackacrack.crm.application.port.in.user.AcceptInviteCommand;
import com.attackacrack.crm.application.port.in.user.AcceptInviteUseCase;
import com.attackacrack.crm.application.port.in.user.AuthenticateSessionUseCase;
import com.attackacrack.crm.application.port.in.user.ChangePasswordCommand;
import com.attackacrack.crm.application.port.in.user.ChangePasswordUseCase;
import com.attackacrack.crm.application.port.in.user.ChangeUserRoleUseCase;
import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase;
import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.application.port.in.user.DeactivateUserUseCase;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.in.user.InviteUserUseCase;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase;
import com.attackacrack.crm.application.port.in.user.ReactivateUserUseCase;
import com.attackacrack.crm.application.port.in.user.ResendInviteUseCase;
import com.attackacrack.crm.application.port.in.user.RevokeInviteUseCase;
import com.attackacrack.crm.application.port.in.user.SignInCommand;
import com.attackacrack.crm.application.port.in.user.SignInUseCase;
import com.attackacrack.crm.application.port.in.user.SignOutUseCase;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.application.port.in.user.UpdateProfileUseCase;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.InvalidPasswordException;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.PasswordProblem;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Test fake of every user in-port, over maps: users, sessions (token to user and CSRF token) and invites (token to
 * invite). Records each call with its actor so tests can assert what the web layer asked for.
 */
public final class FakeAccounts implements AuthenticateSessionUseCase, SignInUseCase, SignOutUseCase, CheckInviteUseCase,
        AcceptInviteUseCase, InviteUserUseCase, ResendInviteUseCase, RevokeInviteUseCase, ListUsersUseCase, ChangeUserRoleUseCase,
        DeactivateUserUseCase, ReactivateUserUseCase, UpdateProfileUseCase, ChangePasswordUseCase {

    public static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    public static final Duration SESSION_LENGTH = Duration.ofDays(14);
    public static final String PASSWORD = "Correct-Horse-9!";
    /** A password the fake's policy refuses with three problems. */
    public static final String WEAK_PASSWORD = "weak";
    public static final List<PasswordProblem> WEAK_PROBLEMS = List.of(PasswordProblem.TOO_SHORT, PasswordProblem.NO_DIGIT,
            PasswordProblem.NO_SYMBOL);
    public static final String LOCKED_MESSAGE = "Too many failed sign-ins. Try again in 15 minutes.";
    public static final String WRONG_PASSWORD_MESSAGE = "Wrong email or password (service wording)";

    /** A session the fake opened. */
    public record Session(UserId user, String token, String csrfToken, boolean revoked) {
    }

    private final Map<UserId, User> users = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final Map<String, Invite> invites = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final Set<String> locked = new HashSet<>();
    private long nextId;
    private MailDelivery delivery;
    private BusinessRuleException nextFailure;

    public FakeAccounts() {
        reset();
    }

    /** Back to two users (admin Ada, marketer Mark), no sessions, no invites, mail delivered. */
    public synchronized FakeAccounts reset() {
        users.clear();
        sessions.clear();
        invites.clear();
        calls.clear();
        locked.clear();
        nextId = 100;
        delivery = MailDelivery.sent();
        nextFailure = null;
        put(user(1, "ada@example.com", "Ada", "Admin", Role.ADMIN));
        put(user(2, "mark@example.com", "Mark", "Marketer", Role.MARKETER));
        return this;
    }

    public synchronized User admin() {
        return users.get(new UserId(1));
    }

    public synchronized User marketer() {
        return users.get(new UserId(2));
    }

    public synchronized User user(long id) {
        return users.get(new UserId(id));
    }

    public synchronized User put(User user) {
        users.put(user.id(), user);
        return user;
    }

    public static User user(long id, String email, String first, String last, Role role) {
        return new User(new UserId(id), EmailAddress.parse(email), new PersonName(first, last), "hash", role, true,
                NOW.minus(Duration.ofDays(30)), null);
    }

    /** Opens a session for the user as if they had signed in. */
    public synchronized SignedIn openSession(User user) {
        String token = "s" + UUID.randomUUID().toString().replace("-", "");
        String csrf = CsrfTokens.newToken();
        sessions.put(token, new Session(user.id(), token, csrf, false));
        return new SignedIn(user, token, csrf, NOW.plus(SESSION_LENGTH));
    }

    public synchronized Optional<Session> session(String token) {
        return Optional.ofNullable(sessions.get(token));
    }

    /** Adds an invite and returns its token; {@code email} null makes a setup link. */
    public synchronized String addInvite(String email, Role role, UserId invitedBy, Instant expiresAt, boolean used, boolean revoked) {
        String token = "t" + UUID.randomUUID().toString().replace("-", "");
        long id = ++nextId;
        invites.put(token, new Invite(new InviteId(id), email == null ? null : EmailAddress.parse(email), role, "hash-" + token,
                invitedBy, NOW.minus(Duration.ofDays(1)), expiresAt, used ? NOW : null, revoked ? NOW : null));
        return token;
    }

    public synchronized Invite invite(String token) {
        return invites.get(token);
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized void lock(String email) {
        locked.add(email);
    }

    public synchronized void deliverMailAs(MailDelivery next) {
        this.delivery = next;
    }

    /** The next use case call throws this. */
    public synchronized void failNextWith(BusinessRuleException failure) {
        this.nextFailure = failure;
    }

    private void call(String line) {
        calls.add(line);
        BusinessRuleException failure = nextFailure;
        nextFailure = null;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public synchronized Optional<CurrentUser> authenticate(String sessionToken) {
        Session session = sessions.get(sessionToken);
        if (session == null || session.revoked()) {
            return Optional.empty();
        }
        User user = users.get(session.user());
        return user.active() ? Optional.of(new CurrentUser(user, session.csrfToken())) : Optional.empty();
    }

    @Override
    public synchronized SignedIn signIn(SignInCommand command) {
        call("signIn email=" + command.email() + " client=" + command.clientAddress());
        if (locked.contains(command.email())) {
            throw BusinessRuleException.tooManyAttempts(LOCKED_MESSAGE);
        }
        return users.values().stream()
                .filter(it -> it.email().value().equals(command.email()) && it.active() && PASSWORD.equals(command.password()))
                .findFirst()
                .map(this::openSession)
                .orElseThrow(() -> BusinessRuleException.invalid(WRONG_PASSWORD_MESSAGE));
    }

    @Override
    public synchronized void signOut(String sessionToken) {
        call("signOut token=" + sessionToken);
        Session session = sessions.get(sessionToken);
        if (session != null) {
            sessions.put(sessionToken, new Session(session.user(), sessionToken, session.csrfToken(), true));
        }
    }

    @Override
    public synchronized InviteCheck check(String token) {
        Invite invite = invites.get(token);
        if (invite == null) {
            return new InviteCheck(InviteCheck.Outcome.UNKNOWN, Optional.empty());
        }
        InviteCheck.Outcome outcome = switch (invite.status(NOW)) {
            case PENDING -> InviteCheck.Outcome.VALID;
            case EXPIRED -> InviteCheck.Outcome.EXPIRED;
            case USED -> InviteCheck.Outcome.USED;
            case REVOKED -> InviteCheck.Outcome.REVOKED;
        };
        return new InviteCheck(outcome, Optional.of(invite));
    }

    @Override
    public synchronized SignedIn accept(AcceptInviteCommand command) {
        call("accept email=" + command.email() + " name=" + command.firstName() + " " + command.lastName());
        Invite invite = invites.get(command.token());
        if (invite == null || invite.status(NOW) != com.attackacrack.crm.domain.user.InviteStatus.PENDING) {
            throw BusinessRuleException.conflict("This invite can no longer be used.");
        }
        if (WEAK_PASSWORD.equals(command.password())) {
            throw new InvalidPasswordException(WEAK_PROBLEMS);
        }
        EmailAddress email = invite.emailAddress().orElseGet(() -> EmailAddress.parse(command.email()));
        User user = put(new User(new UserId(++nextId), email, new PersonName(command.firstName(), command.lastName()), "hash",
                invite.role(), true, NOW, null));
        invites.put(command.token(), new Invite(invite.id(), invite.email(), invite.role(), invite.tokenHash(), invite.invitedBy(),
                invite.createdAt(), invite.expiresAt(), NOW, null));
        return openSession(user);
    }

    @Override
    public synchronized InviteResult invite(InviteUserCommand command) {
        call("invite actor=" + command.actor().map(UserId::toString).orElse("-") + " email=" + command.email() + " role="
                + command.role().code());
        String token = addInvite(command.email().value(), command.role(), command.actor().orElse(null), NOW.plus(Invite.VALIDITY),
                false, false);
        return new InviteResult(invites.get(token), "http://crm.test/invite/" + token, delivery);
    }

    @Override
    public synchronized InviteResult resend(UserId actor, InviteId invite) {
        call("resend actor=" + actor + " invite=" + invite);
        Map.Entry<String, Invite> found = invites.entrySet().stream().filter(it -> it.getValue().id().equals(invite)).findFirst()
                .orElseThrow(() -> BusinessRuleException.notFound("No such invite."));
        return new InviteResult(found.getValue(), "http://crm.test/invite/" + found.getKey(), delivery);
    }

    @Override
    public synchronized void revoke(UserId actor, InviteId invite) {
        call("revoke actor=" + actor + " invite=" + invite);
    }

    @Override
    public synchronized UserAdministration list() {
        List<Invite> pending = invites.values().stream().filter(it -> it.usedAt() == null && it.revokedAt() == null).toList();
        return new UserAdministration(List.copyOf(users.values()), pending);
    }

    @Override
    public synchronized User changeRole(UserId actor, UserId target, Role role) {
        call("changeRole actor=" + actor + " target=" + target + " role=" + role.code());
        return put(users.get(target).withRole(role));
    }

    @Override
    public synchronized User deactivate(Optional<UserId> actor, UserId target) {
        call("deactivate actor=" + actor.map(UserId::toString).orElse("-") + " target=" + target);
        return put(users.get(target).withActive(false));
    }

    @Override
    public synchronized User reactivate(UserId actor, UserId target) {
        call("reactivate actor=" + actor + " target=" + target);
        return put(users.get(target).withActive(true));
    }

    @Override
    public synchronized User updateName(UserId user, PersonName name) {
        call("updateName user=" + user + " name=" + name.full());
        return put(users.get(user).withName(name));
    }

    @Override
    public synchronized void changePassword(ChangePasswordCommand command) {
        call("changePassword user=" + command.user() + " keep=" + command.sessionToken());
        if (!PASSWORD.equals(command.currentPassword())) {
            throw BusinessRuleException.invalid("Your current password is not right.");
        }
        if (WEAK_PASSWORD.equals(command.newPassword())) {
            throw new InvalidPasswordException(WEAK_PROBLEMS);
        }
        sessions.replaceAll((token, session) -> session.user().equals(command.user()) && !token.equals(command.sessionToken())
                ? new Session(session.user(), token, session.csrfToken(), true) : session);
    }
}
