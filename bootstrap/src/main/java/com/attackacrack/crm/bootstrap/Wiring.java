package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.web.CrmWebServer;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.WebSettings;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.contact.ContactsController;
import com.attackacrack.crm.adapters.in.web.property.PropertiesController;
import com.attackacrack.crm.adapters.in.web.auth.WebSecurity;
import com.attackacrack.crm.adapters.in.web.invite.InviteController;
import com.attackacrack.crm.adapters.in.web.profile.ProfileController;
import com.attackacrack.crm.adapters.in.web.settings.UsersController;
import com.attackacrack.crm.adapters.in.web.signin.LoginController;
import com.attackacrack.crm.adapters.in.web.home.HomeController;
import com.attackacrack.crm.adapters.in.web.system.HealthController;
import com.attackacrack.crm.adapters.out.persistence.JdbiDemoDataWriter;
import com.attackacrack.crm.adapters.out.persistence.JdbiHeartbeatRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.persistence.PostgresProbe;
import com.attackacrack.crm.adapters.out.redis.RedisProbe;
import com.attackacrack.crm.adapters.out.redis.RedisStreamJobQueue;
import com.attackacrack.crm.application.port.in.jobs.HandleJobUseCase;
import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import com.attackacrack.crm.application.port.in.system.MigrateDatabaseUseCase;
import com.attackacrack.crm.application.port.in.system.PublishHeartbeatUseCase;
import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.demo.DemoDataService;
import com.attackacrack.crm.application.service.jobs.HandleJobService;
import com.attackacrack.crm.application.service.system.CheckSystemHealthService;
import com.attackacrack.crm.application.service.system.MigrateDatabaseService;
import com.attackacrack.crm.application.service.system.PublishHeartbeatService;
import com.attackacrack.crm.application.service.system.RecordHeartbeatHandler;
import com.attackacrack.crm.bootstrap.config.ConfigLoader;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import com.attackacrack.crm.domain.system.ProcessInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The composition root: wires adapters into the use cases by hand, once per process. */
final class Wiring {

    /** A worker that has not delivered a heartbeat for this long counts as down. */
    static final Duration WORKER_MAX_SILENCE = Duration.ofSeconds(45);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final CrmConfig config;
    private final BuildInfo build;
    private final Infrastructure infrastructure;
    private final Clock clock;
    private final HeartbeatRepository heartbeats;
    private final TransactionRunner transactions;
    private final Lazy<AccountServices> accounts;
    private final Lazy<RecordServices> records;

    Wiring(CrmConfig config, BuildInfo build, Infrastructure infrastructure, Clock clock) {
        this.config = config;
        this.build = build;
        this.infrastructure = infrastructure;
        this.clock = clock;
        this.heartbeats = new JdbiHeartbeatRepository(infrastructure.jdbi());
        this.transactions = new JdbiTransactionRunner(infrastructure.jdbi());
        this.accounts = new Lazy<>(() -> new AccountServices(config, infrastructure, clock));
        this.records = new Lazy<>(() -> new RecordServices(infrastructure, clock));
    }

    RecordServices records() {
        return records.get();
    }

    AccountServices accounts() {
        return accounts.get();
    }

    /** For {@code crm migrate}: only the database is opened. */
    static MigrateDatabaseUseCase forMigration(Map<String, String> env, Resources resources) {
        CrmConfig config = ConfigLoader.load(env);
        return new MigrateDatabaseService(Infrastructure.database(config, "crm-migrate", resources).migrator());
    }

    /** For {@code crm users ...}: the database only, migrated first so a fresh database works. */
    static AccountServices accountsForCli(Map<String, String> env, Resources resources) {
        CrmConfig config = ConfigLoader.load(env);
        Infrastructure infrastructure = Infrastructure.database(config, "crm-cli", resources);
        infrastructure.migrator().migrate();
        return new AccountServices(config, infrastructure, Clock.systemUTC());
    }

    /** For {@code crm demo-data}: the database only, migrated first. */
    static DemoDataService demoDataForCli(Map<String, String> env, Resources resources) {
        CrmConfig config = ConfigLoader.load(env);
        Infrastructure infrastructure = Infrastructure.database(config, "crm-cli", resources);
        infrastructure.migrator().migrate();
        return new DemoDataService(new JdbiDemoDataWriter(infrastructure.jdbi()), Clock.systemUTC());
    }

    CrmConfig config() {
        return config;
    }

    BuildInfo build() {
        return build;
    }

    Clock clock() {
        return clock;
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    MigrateDatabaseUseCase migrateDatabase() {
        return new MigrateDatabaseService(infrastructure.migrator());
    }

    JobQueue jobQueue() {
        return new RedisStreamJobQueue(infrastructure.redis(), config.redisKeyPrefix(), clock);
    }

    CrmWebServer startWebServer(CheckSystemHealthUseCase health) {
        WebSettings settings = new WebSettings(WebSettings.DEFAULT_HOST, config.port(), config.production(),
                config.maxRequestBodyBytes(), build.version(), config.environment().code())
                .withPublicBaseUrl(config.publicBaseUrl())
                .withClientAddressHeader(config.clientAddressHeader().orElse(null));
        TemplateRenderer renderer = TemplateRenderer.create(settings);
        AccountServices accounts = accounts();
        WebSecurity security = WebSecurity.create(settings, accounts.authenticateSession(), clock);
        WebCookies cookies = security.cookies();
        return CrmWebServer.start(settings, renderer, security, List.of(
                new HealthController(health, build.version(), clock),
                new HomeController(health, renderer),
                new LoginController(accounts.signIn(), accounts.signOut(), renderer, cookies),
                new InviteController(accounts.checkInvite(), accounts.acceptInvite(), renderer, cookies),
                new UsersController(new UsersController.UseCases(accounts.listUsers(), accounts.inviteUser(),
                        accounts.resendInvite(), accounts.revokeInvite(), accounts.changeUserRole(),
                        accounts.deactivateUser(), accounts.reactivateUser()), renderer, cookies, clock),
                new ProfileController(accounts.updateProfile(), accounts.changePassword(), renderer, cookies),
                contactsController(renderer, cookies),
                propertiesController(renderer, cookies)));
    }

    private ContactsController contactsController(TemplateRenderer renderer, WebCookies cookies) {
        RecordServices r = records();
        return new ContactsController(new ContactsController.UseCases(r.listContacts(), r.exportContacts(),
                r.getContact(), r.createContact(), r.updateContact(), r.deleteContact()), renderer, cookies, clock);
    }

    private PropertiesController propertiesController(TemplateRenderer renderer, WebCookies cookies) {
        RecordServices r = records();
        return new PropertiesController(new PropertiesController.UseCases(r.listProperties(), r.exportProperties(),
                r.getProperty(), r.createProperty(), r.updateProperty(), r.deleteProperty(), r.linkContact(),
                r.unlinkContact()), renderer, cookies, clock);
    }

    CheckSystemHealthUseCase checkSystemHealth() {
        return new CheckSystemHealthService(
                List.of(new PostgresProbe(infrastructure.dataSource()), new RedisProbe(infrastructure.redis(), PROBE_TIMEOUT)),
                heartbeats, clock, WORKER_MAX_SILENCE, build.version());
    }

    PublishHeartbeatUseCase publishHeartbeat(ProcessInfo process) {
        return new PublishHeartbeatService(jobQueue(), process, clock);
    }

    HandleJobUseCase handleJob() {
        return new HandleJobService(List.of(new RecordHeartbeatHandler(heartbeats, transactions, clock)));
    }
}
