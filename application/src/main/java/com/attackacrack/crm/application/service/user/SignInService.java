package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.SignInCommand;
import com.attackacrack.crm.application.port.in.user.SignInUseCase;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.application.port.out.LoginThrottle;
import com.attackacrack.crm.application.port.out.PasswordHasher;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.TokenGenerator;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Signs in with email and password under per-account and per-address throttling; every failure reads the same and
 * takes as long whether or not the account exists, and each success opens a brand-new session.
 */
public final class SignInService implements SignInUseCase {

    static final String GENERIC_FAILURE = "Email or password is incorrect.";
    /** Checked against for unknown emails so they cost as much time as a real check; nobody knows its password. */
    private static final String DUMMY_PASSWORD = "no account has this password; it only keeps timing even";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final TransactionRunner transactions;
    private final SessionOpener sessionOpener;
    private final Clock clock;
    private final String dummyHash;

    /** Sessions last {@code sessionLifetime}; hashes one dummy password now, with the same hasher as real ones. */
    public SignInService(UserRepository users, SessionRepository sessions, PasswordHasher hasher, LoginThrottle throttle,
                         TokenGenerator tokens, TransactionRunner transactions, Clock clock, Duration sessionLifetime) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.transactions = transactions;
        this.sessionOpener = new SessionOpener(sessions, tokens, sessionLifetime);
        this.clock = clock;
        this.dummyHash = hasher.hash(DUMMY_PASSWORD);
    }

    /** Sessions last 14 days. */
    public SignInService(UserRepository users, SessionRepository sessions, PasswordHasher hasher, LoginThrottle throttle,
                         TokenGenerator tokens, TransactionRunner transactions, Clock clock) {
        this(users, sessions, hasher, throttle, tokens, transactions, clock, SessionOpener.DEFAULT_LIFETIME);
    }

    @Override
    public SignedIn signIn(SignInCommand command) {
        String accountKey = "account:" + command.email().toLowerCase(Locale.ROOT);
        String addressKey = "address:" + command.clientAddress();
        longest(throttle.lockedFor(accountKey), throttle.lockedFor(addressKey)).ifPresent(lock -> {
            throw BusinessRuleException.tooManyAttempts(
                    "Too many failed sign-ins. Try again in " + minutes(lock) + ".");
        });
        Optional<User> user = verified(command);
        if (user.isEmpty()) {
            Optional<Duration> lock = longest(throttle.recordFailure(accountKey), throttle.recordFailure(addressKey));
            if (lock.isPresent()) {
                throw BusinessRuleException.tooManyAttempts(GENERIC_FAILURE
                        + " After too many failed attempts, sign-in is locked for " + minutes(lock.get()) + ".");
            }
            throw BusinessRuleException.invalid(GENERIC_FAILURE);
        }
        throttle.reset(accountKey);
        throttle.reset(addressKey);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            users.recordLogin(user.get().id(), now);
            return sessionOpener.open(users.findById(user.get().id()).orElse(user.get()), now);
        });
    }

    /** The active user whose password this is; runs exactly one hash check whatever the outcome. */
    private Optional<User> verified(SignInCommand command) {
        Optional<User> user = parse(command.email()).flatMap(users::findByEmail);
        boolean matches = hasher.matches(command.password(), user.map(User::passwordHash).orElse(dummyHash));
        return user.filter(found -> matches && found.active());
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(EmailAddress.parse(email));
        } catch (BusinessRuleException notAnEmail) {
            return Optional.empty();
        }
    }

    @SafeVarargs
    private static Optional<Duration> longest(Optional<Duration>... locks) {
        return Stream.of(locks).flatMap(Optional::stream).max(Duration::compareTo);
    }

    private static String minutes(Duration lock) {
        long minutes = Math.max(1, (lock.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
