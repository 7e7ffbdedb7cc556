package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.mail.DisabledMailer;
import com.attackacrack.crm.adapters.out.mail.SmtpMailer;
import com.attackacrack.crm.adapters.out.mail.SmtpSettings;
import com.attackacrack.crm.adapters.out.persistence.JdbiInviteRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiSessionRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.persistence.JdbiUserRepository;
import com.attackacrack.crm.adapters.out.redis.LoginThrottleSettings;
import com.attackacrack.crm.adapters.out.redis.RedisLoginThrottle;
import com.attackacrack.crm.adapters.out.security.BCryptPasswordHasher;
import com.attackacrack.crm.adapters.out.security.BundledCommonPasswords;
import com.attackacrack.crm.adapters.out.security.SecureRandomTokenGenerator;
import com.attackacrack.crm.application.port.out.CommonPasswords;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.Mailer;
import com.attackacrack.crm.application.port.out.PasswordHasher;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.TokenGenerator;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.application.service.user.AcceptInviteService;
import com.attackacrack.crm.application.service.user.AuthenticateSessionService;
import com.attackacrack.crm.application.service.user.ChangePasswordService;
import com.attackacrack.crm.application.service.user.ChangeUserRoleService;
import com.attackacrack.crm.application.service.user.CheckInviteService;
import com.attackacrack.crm.application.service.user.CreateSetupLinkService;
import com.attackacrack.crm.application.service.user.DeactivateUserService;
import com.attackacrack.crm.application.service.user.InviteUserService;
import com.attackacrack.crm.application.service.user.ListUsersService;
import com.attackacrack.crm.application.service.user.ReactivateUserService;
import com.attackacrack.crm.application.service.user.ResendInviteService;
import com.attackacrack.crm.application.service.user.RevokeInviteService;
import com.attackacrack.crm.application.service.user.SignInService;
import com.attackacrack.crm.application.service.user.SignOutService;
import com.attackacrack.crm.application.service.user.UpdateProfileService;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import com.attackacrack.crm.bootstrap.config.Secret;
import java.net.URI;
import java.time.Clock;

/** Wires the account use cases (invites, sign-in, sessions, user administration) onto their adapters. */
final class AccountServices {

    private final CrmConfig config;
    private final Infrastructure infrastructure;
    private final Clock clock;
    private final UserRepository users;
    private final InviteRepository invites;
    private final SessionRepository sessions;
    private final TransactionRunner transactions;
    private final PasswordHasher hasher = new BCryptPasswordHasher();
    private final TokenGenerator tokens = new SecureRandomTokenGenerator();
    private final CommonPasswords commonPasswords = new BundledCommonPasswords();
    private final Mailer mailer;

    AccountServices(CrmConfig config, Infrastructure infrastructure, Clock clock) {
        this.config = config;
        this.infrastructure = infrastructure;
        this.clock = clock;
        this.users = new JdbiUserRepository(infrastructure.jdbi());
        this.invites = new JdbiInviteRepository(infrastructure.jdbi());
        this.sessions = new JdbiSessionRepository(infrastructure.jdbi());
        this.transactions = new JdbiTransactionRunner(infrastructure.jdbi());
        this.mailer = config.smtp().<Mailer>map(smtp -> new SmtpMailer(new SmtpSettings(smtp.host(), smtp.port(),
                smtp.username(), smtp.password().map(Secret::reveal), smtp.from(), smtp.startTls())))
                .orElseGet(DisabledMailer::new);
    }

    private URI baseUrl() {
        return config.publicBaseUrl();
    }

    InviteUserService inviteUser() {
        return new InviteUserService(users, invites, tokens, mailer, transactions, baseUrl(), clock);
    }

    ResendInviteService resendInvite() {
        return new ResendInviteService(users, invites, tokens, mailer, transactions, baseUrl(), clock);
    }

    RevokeInviteService revokeInvite() {
        return new RevokeInviteService(users, invites, clock);
    }

    CreateSetupLinkService createSetupLink() {
        return new CreateSetupLinkService(users, invites, tokens, transactions, baseUrl(), clock);
    }

    CheckInviteService checkInvite() {
        return new CheckInviteService(invites, clock);
    }

    AcceptInviteService acceptInvite() {
        return new AcceptInviteService(users, invites, sessions, hasher, commonPasswords, tokens, transactions, clock,
                config.sessionLifetime());
    }

    /** Needs Redis: failed sign-ins are counted there so every web instance sees them. */
    SignInService signIn() {
        RedisLoginThrottle throttle = new RedisLoginThrottle(infrastructure.redis(), config.redisKeyPrefix(),
                LoginThrottleSettings.defaults());
        return new SignInService(users, sessions, hasher, throttle, tokens, transactions, clock, config.sessionLifetime());
    }

    SignOutService signOut() {
        return new SignOutService(sessions, clock);
    }

    AuthenticateSessionService authenticateSession() {
        return new AuthenticateSessionService(users, sessions, clock);
    }

    ListUsersService listUsers() {
        return new ListUsersService(users, invites, clock);
    }

    ChangeUserRoleService changeUserRole() {
        return new ChangeUserRoleService(users, transactions);
    }

    DeactivateUserService deactivateUser() {
        return new DeactivateUserService(users, sessions, transactions, clock);
    }

    ReactivateUserService reactivateUser() {
        return new ReactivateUserService(users, transactions);
    }

    UpdateProfileService updateProfile() {
        return new UpdateProfileService(users);
    }

    ChangePasswordService changePassword() {
        return new ChangePasswordService(users, sessions, hasher, commonPasswords, transactions, clock);
    }
}
