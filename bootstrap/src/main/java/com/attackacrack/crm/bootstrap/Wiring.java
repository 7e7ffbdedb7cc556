package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.web.CrmWebServer;
import com.attackacrack.crm.adapters.in.web.auth.RouteCatalog;
import com.attackacrack.crm.adapters.out.persistence.JdbiDemoDataWriter;
import com.attackacrack.crm.adapters.out.persistence.JdbiExpiredRecords;
import com.attackacrack.crm.adapters.out.persistence.JdbiHeartbeatRepository;
import com.attackacrack.crm.adapters.out.persistence.PostgresDatabaseInspector;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.persistence.PostgresLeaderLock;
import com.attackacrack.crm.adapters.out.persistence.PostgresProbe;
import com.attackacrack.crm.adapters.out.metrics.CrmMetrics;
import com.attackacrack.crm.adapters.out.redis.RedisProbe;
import com.attackacrack.crm.adapters.out.redis.RedisServerInspector;
import com.attackacrack.crm.adapters.out.redis.RedisSharedCounters;
import com.attackacrack.crm.adapters.out.redis.RedisRecurringTaskClaims;
import com.attackacrack.crm.adapters.out.redis.RedisSlidingWindowRateLimiter;
import com.attackacrack.crm.adapters.out.redis.RedisStreamJobQueue;
import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase;
import com.attackacrack.crm.application.port.in.jobs.HandleJobUseCase;
import com.attackacrack.crm.application.port.in.maintenance.PurgeExpiredRecordsUseCase;
import com.attackacrack.crm.application.port.in.maintenance.ScheduleMaintenanceUseCase;
import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import com.attackacrack.crm.application.port.in.system.GetSystemOverviewUseCase;
import com.attackacrack.crm.application.port.in.system.MigrateDatabaseUseCase;
import com.attackacrack.crm.application.port.in.system.PublishHeartbeatUseCase;
import com.attackacrack.crm.application.port.in.system.SystemOverview;
import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.LeaderLock;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.demo.DemoDataService;
import com.attackacrack.crm.application.service.jobs.HandleJobService;
import com.attackacrack.crm.application.service.maintenance.PurgeExpiredRecordsHandler;
import com.attackacrack.crm.application.service.maintenance.PurgeExpiredRecordsService;
import com.attackacrack.crm.application.service.maintenance.ScheduleMaintenanceService;
import com.attackacrack.crm.application.service.system.CheckSystemHealthService;
import com.attackacrack.crm.application.service.system.GetSystemOverviewService;
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
import org.jdbi.v3.core.Jdbi;

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
    private final Lazy<ImportServices> imports;
    private final Lazy<OpenPhoneServices> openPhone;
    private final Lazy<CampaignServices> campaigns;
    private final Lazy<CrmMetrics> metrics;

    Wiring(CrmConfig config, BuildInfo build, Infrastructure infrastructure, Clock clock) {
        this.config = config;
        this.build = build;
        this.infrastructure = infrastructure;
        this.clock = clock;
        this.heartbeats = new JdbiHeartbeatRepository(infrastructure.jdbi());
        this.transactions = new JdbiTransactionRunner(infrastructure.jdbi());
        this.accounts = new Lazy<>(() -> new AccountServices(config, infrastructure, clock));
        this.records = new Lazy<>(() -> new RecordServices(infrastructure, clock));
        this.imports = new Lazy<>(() -> new ImportServices(infrastructure.jdbi(), this::jobQueue, clock));
        this.campaigns = new Lazy<>(() -> new CampaignServices(infrastructure.jdbi(), config.businessZone(), clock));
        this.metrics = new Lazy<>(() -> new CrmMetrics(
                new RedisSharedCounters(infrastructure.redis(), config.redisKeyPrefix()), jobQueue()));
        this.openPhone = new Lazy<>(() -> new OpenPhoneServices(infrastructure.jdbi(), config.openPhone(), this::jobQueue,
                () -> new RedisSlidingWindowRateLimiter(infrastructure.redis(), config.redisKeyPrefix()), clock));
    }

    /**
     * The process's metrics: every process reports jobs, texts and import rows into the counters shared in Redis;
     * only {@code serve} exposes them (with its own JVM, HTTP, pool and webhook meters) on {@code /metrics}.
     */
    CrmMetrics metrics() {
        return metrics.get();
    }

    ImportServices imports() {
        return imports.get();
    }

    CampaignServices campaigns() {
        return campaigns.get();
    }

    OpenPhoneServices openPhone() {
        return openPhone.get();
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
        return new AccountServices(config, migratedDatabase(config, resources), Clock.systemUTC());
    }

    /** For {@code crm demo-data}: the database only, migrated first. */
    static DemoDataService demoDataForCli(Map<String, String> env, Resources resources) {
        Infrastructure infrastructure = migratedDatabase(ConfigLoader.load(env), resources);
        return new DemoDataService(new JdbiDemoDataWriter(infrastructure.jdbi()), Clock.systemUTC());
    }

    /** For {@code crm import}: the database only, migrated first; the import and {@code --list}'s list addition. */
    static ImportCliServices importForCli(Map<String, String> env, Resources resources) {
        CrmConfig config = ConfigLoader.load(env);
        Jdbi jdbi = migratedDatabase(config, resources).jdbi();
        Clock clock = Clock.systemUTC();
        return new ImportCliServices(new ImportServices(jdbi, () -> {
            throw new IllegalStateException("crm import runs in this process and needs no job queue");
        }, clock).importFile(), new CampaignServices(jdbi, config.businessZone(), clock).addImportToNamedList());
    }

    /** For {@code crm openphone ...}: the database (migrated first), the job queue and the rate limiter in Redis. */
    static OpenPhoneServices openPhoneForCli(Map<String, String> env, Resources resources) {
        CrmConfig config = ConfigLoader.load(env);
        Infrastructure infrastructure = Infrastructure.databaseAndRedis(config, "crm-cli", resources);
        infrastructure.migrator().migrate();
        Clock clock = Clock.systemUTC();
        return new OpenPhoneServices(infrastructure.jdbi(), config.openPhone(),
                () -> new RedisStreamJobQueue(infrastructure.redis(), config.redisKeyPrefix(), clock),
                () -> new RedisSlidingWindowRateLimiter(infrastructure.redis(), config.redisKeyPrefix()), clock);
    }

    /** For {@code crm routes}: the web routes as {@code serve} registers them, without a database or Redis. */
    static RouteCatalog routesForCli(Map<String, String> env, Resources resources) {
        Wiring offline = new Wiring(ConfigLoader.load(env), BuildInfo.load(), Infrastructure.offline(resources),
                Clock.systemUTC());
        return WebComposition.routes(offline);
    }

    /** For {@code crm maintenance purge}: the database only, migrated first. */
    static PurgeExpiredRecordsUseCase purgeForCli(Map<String, String> env, Resources resources) {
        CrmConfig config = ConfigLoader.load(env);
        return purge(migratedDatabase(config, resources).jdbi(), config, Clock.systemUTC());
    }

    private static PurgeExpiredRecordsUseCase purge(Jdbi jdbi, CrmConfig config, Clock clock) {
        return new PurgeExpiredRecordsService(new JdbiExpiredRecords(jdbi), clock, config.purge().inviteRetention(),
                config.purge().webhookRetention(), config.purge().heartbeatRetention());
    }

    private static Infrastructure migratedDatabase(CrmConfig config, Resources resources) {
        Infrastructure infrastructure = Infrastructure.database(config, "crm-cli", resources);
        infrastructure.migrator().migrate();
        return infrastructure;
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
        return WebComposition.start(this, health);
    }

    CheckSystemHealthUseCase checkSystemHealth() {
        return new CheckSystemHealthService(
                List.of(new PostgresProbe(infrastructure.dataSource()), new RedisProbe(infrastructure.redis(), PROBE_TIMEOUT)),
                heartbeats, clock, WORKER_MAX_SILENCE, build.version());
    }

    /** The Settings → System page: stale after the same silence the health check allows a worker. */
    GetSystemOverviewUseCase systemOverview() {
        return new GetSystemOverviewService(new PostgresDatabaseInspector(infrastructure.dataSource()),
                new RedisServerInspector(infrastructure.redis()), jobQueue(), heartbeats, clock, WORKER_MAX_SILENCE,
                config.purge().heartbeatRetention(),
                new SystemOverview.BuildDetails(build.version(), build.buildTime(), config.environment().code()));
    }

    PublishHeartbeatUseCase publishHeartbeat(ProcessInfo process) {
        return new PublishHeartbeatService(jobQueue(), process, clock);
    }

    /** The scheduler's leadership: a PostgreSQL advisory lock on a connection of this process's pool. */
    LeaderLock schedulerLock() {
        return new PostgresLeaderLock(infrastructure.dataSource(), PostgresLeaderLock.SCHEDULER);
    }

    /** The campaign tick the leading scheduler runs; asked for only once a scheduler first leads. */
    RunSchedulerTickUseCase schedulerTick() {
        return campaigns().schedulerTick(jobQueue(), openPhone().conversations(), openPhone().history(),
                config.campaigns());
    }

    /** The leading scheduler's daily maintenance: queues {@code maintenance.purge} at most once a day (claim in Redis). */
    ScheduleMaintenanceUseCase scheduleMaintenance() {
        return new ScheduleMaintenanceService(new RedisRecurringTaskClaims(infrastructure.redis(), config.redisKeyPrefix()),
                jobQueue());
    }

    HandleJobUseCase handleJob() {
        OperationsMetrics operations = metrics().operations();
        return new HandleJobService(List.of(new RecordHeartbeatHandler(heartbeats, transactions, clock),
                imports().runHandler(operations), openPhone().processHandler(), openPhone().sendHandler(operations),
                campaigns().sendHandler(openPhone(), "pid-" + ProcessHandle.current().pid(), config.campaigns(),
                        operations),
                new PurgeExpiredRecordsHandler(purge(infrastructure.jdbi(), config, clock))), operations, clock);
    }
}
