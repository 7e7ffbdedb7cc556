package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.AcceptInviteCommand;
import com.attackacrack.crm.application.port.in.user.AcceptInviteUseCase;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.application.port.out.CommonPasswords;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.PasswordHasher;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.TokenGenerator;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.application.port.out.UserRepository.NewUser;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.PasswordPolicy;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Turns a valid invite into an account with the invite's email and role, then signs the new user in, all in one transaction. */
public final class AcceptInviteService implements AcceptInviteUseCase {

    private final UserRepository users;
    private final InviteRepository invites;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final TransactionRunner transactions;
    private final SessionOpener sessionOpener;
    private final Clock clock;

    /** Sessions last {@code sessionLifetime} from sign-in. */
    public AcceptInviteService(UserRepository users, InviteRepository invites, SessionRepository sessions,
                               PasswordHasher hasher, CommonPasswords commonPasswords, TokenGenerator tokens,
                               TransactionRunner transactions, Clock clock, Duration sessionLifetime) {
        this.users = users;
        this.invites = invites;
        this.hasher = hasher;
        this.policy = new PasswordPolicy(commonPasswords::contains);
        this.transactions = transactions;
        this.sessionOpener = new SessionOpener(sessions, tokens, sessionLifetime);
        this.clock = clock;
    }

    /** Sessions last 14 days from sign-in. */
    public AcceptInviteService(UserRepository users, InviteRepository invites, SessionRepository sessions,
                               PasswordHasher hasher, CommonPasswords commonPasswords, TokenGenerator tokens,
                               TransactionRunner transactions, Clock clock) {
        this(users, invites, sessions, hasher, commonPasswords, tokens, transactions, clock, SessionOpener.DEFAULT_LIFETIME);
    }

    @Override
    public SignedIn accept(AcceptInviteCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Invite invite = pendingInvite(command.token(), now);
            EmailAddress email = invite.isSetupLink() ? EmailAddress.parse(command.email()) : invite.email();
            PersonName name = new PersonName(command.firstName(), command.lastName());
            if (!command.password().equals(command.passwordConfirmation())) {
                throw BusinessRuleException.invalid("The two passwords do not match");
            }
            policy.require(command.password(), email);
            if (invite.isSetupLink() && users.count() > 0) {
                throw BusinessRuleException.conflict(
                        "The first account has already been set up; ask an admin of this CRM for an invite.");
            }
            if (!invites.markUsed(invite.id(), now)) {
                throw BusinessRuleException.conflict("This invite was just used");
            }
            User created = users.create(new NewUser(email, name, hasher.hash(command.password()), invite.role(), now));
            users.recordLogin(created.id(), now);
            invites.revokePendingSetupLinks(now);
            User signedIn = users.findById(created.id()).orElse(created);
            return sessionOpener.open(signedIn, now);
        });
    }

    private Invite pendingInvite(String token, Instant now) {
        Invite invite = (token.isEmpty() ? Optional.<Invite>empty() : invites.findByTokenHash(Tokens.hash(token)))
                .orElseThrow(() -> BusinessRuleException.notFound(
                        "This invite link is not valid. Check that you copied all of it, or ask an admin for a new invite."));
        return switch (invite.status(now)) {
            case PENDING -> invite;
            case EXPIRED -> throw BusinessRuleException.conflict("This invite has expired. Ask an admin to send it again.");
            case USED -> throw BusinessRuleException.conflict("This invite has already been used. Sign in instead.");
            case REVOKED -> throw BusinessRuleException.conflict("This invite was withdrawn. Ask an admin for a new one.");
        };
    }
}
