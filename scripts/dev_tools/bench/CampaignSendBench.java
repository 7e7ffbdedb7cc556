// Campaign send throughput benchmark (issue 7, "Measure"). Run through campaign-send-bench.sh.
//
// Achieved campaign sends per second divided by the provider's limit N, for one and for two workers, and the 429s
// the provider answered (want 0). Per run (1 worker, then 2 workers): drops and recreates the database
// crm_campaign_bench (BENCH_DATABASE_URL overrides; its name must contain "bench"), migrates it with
// FlywaySchemaMigrator, starts the fake OpenPhone server (the openphone module's test class FakeOpenPhoneServer) in this
// JVM limited to N requests a second (a sliding one-second window that answers real 429s), then starts REAL child
// processes from bootstrap/target/crm.jar: one `crm scheduler` and 1 or 2 `crm worker`s, with
// OPENPHONE_REQUESTS_PER_SECOND=N (the app's shared Redis limiter) and CAMPAIGN_SENDS_PER_TICK high enough that the
// scheduler's 5 s tick never starves the workers (max(100, 10 N)). Once they are up it inserts the recipients
// (numbers in a region where it is daytime now, since quiet hours follow the real clock), puts them on a list and
// launches a campaign over it (all week, 00:00-23:59 UTC, daily limit 10,000) through the real LaunchCampaignService,
// then waits until the fake has accepted every text. No webhooks are sent (the workers only send).
//
// Measured: from the fake's (warm-up + 1)th accepted send to its last (System.nanoTime at acceptance), excluding
// the first -Dbench.warmup sends (default 50: JVM warm-up and the limiter's initial burst of N); rate = sends in
// that span / span; ratio = rate / N (the issue's target is at least 0.95, with no 429s). Args: N (default 10);
// -Dbench.recipients (default 600 per run). Child process output goes to files under a temp directory (printed).

import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer;
import com.attackacrack.crm.adapters.out.persistence.FlywaySchemaMigrator;
import com.attackacrack.crm.adapters.out.persistence.JdbiAudienceMembers;
import com.attackacrack.crm.adapters.out.persistence.JdbiCampaignListRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiCampaignRecipients;
import com.attackacrack.crm.adapters.out.persistence.JdbiCampaignRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiSavedFilterRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.persistence.Jdbis;
import com.attackacrack.crm.adapters.out.persistence.PostgresDataSources;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberTimeZones;
import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignCommand;
import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.application.service.campaign.AddContactsToListService;
import com.attackacrack.crm.application.service.campaign.CreateCampaignListService;
import com.attackacrack.crm.application.service.campaign.CreateCampaignService;
import com.attackacrack.crm.application.service.campaign.LaunchCampaignService;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.QuietHours;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

static final String API_KEY = "bench-openphone-api-key";
static final String LINE = "+16175559100";
static final String LINE_ID = "PNbenchLine01";

/** Number blocks around the globe (prefix + zero-padded index); at any hour one of them is in local daytime. */
static final List<String[]> BLOCKS = List.of(
        new String[] {"Boston", "+1617555", "4"},
        new String[] {"Honolulu", "+1808555", "4"},
        new String[] {"London", "+447911123", "3"},
        new String[] {"India", "+919800", "6"},
        new String[] {"Tokyo", "+8190123", "5"});

record Run(int workers, int recipients, int accepted, int distinctNumbers, int tooMany, double rate, double ratio,
           double seconds) {
}

void main(String[] args) throws Exception {
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int recipients = Integer.getInteger("bench.recipients", 600);
    int warmUp = Integer.getInteger("bench.warmup", 50);
    String url = System.getenv().getOrDefault("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crm_campaign_bench");
    String redisUrl = System.getenv().getOrDefault("BENCH_REDIS_URL", "redis://127.0.0.1:6379");
    PostgresUrl target = PostgresUrl.parse(url);
    String childClassPath = System.getProperty("bench.childClassPath");
    if (childClassPath == null) {
        throw new IllegalStateException("-Dbench.childClassPath (bootstrap/target/crm.jar) is required");
    }
    Path logs = Files.createTempDirectory("campaign-send-bench");
    String[] block = daytimeBlock(recipients);
    System.out.printf(Locale.ROOT, "Provider limit N = %d/s; %d recipients per run (%s numbers, %s...); warm-up %d sends;"
                    + " %d cores, Java %s; load average %s; process logs in %s%n", limit, recipients, block[0], block[1],
            warmUp, Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage(), logs);
    List<Run> runs = new ArrayList<>();
    for (int workers : List.of(1, 2)) {
        runs.add(run(target, redisUrl, childClassPath, logs, block, limit, recipients, warmUp, workers));
    }
    System.out.printf(Locale.ROOT, "%n| workers | N/s | recipients | accepted | numbers texted | 429s | sends/s (measured) | ratio to N |%n");
    System.out.println("|---------|-----|------------|----------|----------------|------|--------------------|------------|");
    for (Run r : runs) {
        System.out.printf(Locale.ROOT, "| %7d | %3d | %10d | %8d | %14d | %4d | %18.3f | %10.3f |%n", r.workers(), limit,
                r.recipients(), r.accepted(), r.distinctNumbers(), r.tooMany(), r.rate(), r.ratio());
    }
    System.out.println("Target: ratio >= 0.95 and 0 429s; accepted == numbers texted (no duplicate sends). Load average at"
            + " the end: " + loadAverage());
}

Run run(PostgresUrl target, String redisUrl, String childClassPath, Path logs, String[] block, int limit, int recipients,
        int warmUp, int workers) throws Exception {
    recreateDatabase(target);
    String prefix = "crm-campaign-bench-" + ProcessHandle.current().pid() + "-" + workers + ":";
    List<Process> processes = new ArrayList<>();
    try (HikariDataSource dataSource = PostgresDataSources.create(target, 4, "crm-campaign-bench");
         FakeOpenPhoneServer openPhone = FakeOpenPhoneServer.start(API_KEY, limit);
         RedisConnections redis = new RedisConnections(redisUrl)) {
        new FlywaySchemaMigrator(dataSource).migrate();
        Jdbi jdbi = Jdbis.create(dataSource);
        openPhone.seedPhoneNumber(LINE_ID, LINE);
        Map<String, String> env = new HashMap<>();
        env.put("CRM_ENV", "test");
        env.put("DATABASE_URL", url(target));
        env.put("REDIS_URL", redisUrl);
        env.put("REDIS_KEY_PREFIX", prefix);
        env.put("CRM_DATA_DIR", logs.resolve("data-" + workers).toString());
        env.put("OPENPHONE_API_KEY", API_KEY);
        env.put("OPENPHONE_API_BASE_URL", openPhone.baseUrl().toString());
        env.put("OPENPHONE_PHONE_NUMBER_ID", LINE);
        env.put("OPENPHONE_REQUESTS_PER_SECOND", Integer.toString(limit));
        env.put("CAMPAIGN_SENDS_PER_TICK", Integer.toString(Math.max(100, 10 * limit)));
        try {
            Path schedulerLog = logs.resolve("run" + workers + "-scheduler.log");
            processes.add(start(childClassPath, env, schedulerLog, "scheduler"));
            List<Path> workerLogs = new ArrayList<>();
            for (int i = 1; i <= workers; i++) {
                Path log = logs.resolve("run" + workers + "-worker" + i + ".log");
                workerLogs.add(log);
                processes.add(start(childClassPath, env, log, "worker"));
            }
            awaitOutput(schedulerLog, "is leading", processes);
            for (Path log : workerLogs) {
                awaitOutput(log, "consuming jobs", processes);
            }
            launch(jdbi, block, recipients, workers);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + 3L * recipients / limit);
            while (openPhone.received().size() < recipients && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            List<Long> at = openPhone.acceptedAtNanos();
            int accepted = at.size();
            Set<String> numbers = openPhone.received().stream().map(m -> String.join(",", m.to()))
                    .collect(Collectors.toSet());
            double seconds = accepted > warmUp + 1 ? (at.get(accepted - 1) - at.get(warmUp)) / 1e9 : Double.NaN;
            double rate = (accepted - 1 - warmUp) / seconds;
            Run result = new Run(workers, recipients, accepted, numbers.size(), openPhone.tooManyRequestsCount(), rate,
                    rate / limit, seconds);
            System.out.printf(Locale.ROOT, "%d worker(s): %d of %d texts accepted, %d 429s; sends %d..%d in %.2f s = %.3f/s,"
                            + " ratio %.3f%n", workers, accepted, recipients, result.tooMany(), warmUp + 1, accepted,
                    seconds, rate, rate / limit);
            return result;
        } finally {
            for (Process process : processes) {
                process.destroy();
            }
            for (Process process : processes) {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            var keys = redis.shared().sync().keys(prefix + "*");
            if (!keys.isEmpty()) {
                redis.shared().sync().del(keys.toArray(String[]::new));
            }
        }
    }
}

void launch(Jdbi jdbi, String[] block, int count, int workers) {
    Clock clock = Clock.systemUTC();
    var lists = new JdbiCampaignListRepository(jdbi);
    var filters = new JdbiSavedFilterRepository(jdbi);
    var campaigns = new JdbiCampaignRepository(jdbi);
    var transactions = new JdbiTransactionRunner(jdbi);
    List<ContactId> contacts = jdbi.withHandle(handle -> handle.createQuery("""
                    insert into contacts (first_name, last_name, phone, source, created_at, updated_at, last_activity_at)
                    select 'Pat', 'Bench ' || i, :prefix || lpad(i::text, :digits, '0'), 'bench', now(), now(), now()
                    from generate_series(0, :count - 1) as i
                    returning id
                    """)
            .bind("prefix", block[1]).bind("digits", Integer.parseInt(block[2])).bind("count", count)
            .mapTo(Long.class).map(ContactId::new).list());
    CampaignList list = new CreateCampaignListService(lists, clock)
            .create(new CampaignListCommand("Bench " + workers, null));
    new AddContactsToListService(lists, transactions, clock).add(new ListMembersCommand(list.id(), contacts));
    Campaign campaign = new CreateCampaignService(campaigns, lists, filters, ZoneId.of("UTC"), clock).create(new CampaignForm(
            "Send bench " + workers, Long.toString(list.id().value()), null,
            "Hi {first_name|there}, your foundation check is due.", null, "10000",
            List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "00:00", "23:59", "UTC", false, null), null);
    new LaunchCampaignService(campaigns, new JdbiCampaignRecipients(jdbi), new JdbiAudienceMembers(jdbi, filters, clock),
            transactions, clock).launch(new LaunchCampaignCommand(campaign.id(), null));
}

/** The first block whose numbers map to zones that allow texts for the next hour. */
String[] daytimeBlock(int needed) {
    LibPhoneNumberTimeZones zones = new LibPhoneNumberTimeZones();
    Instant now = Instant.now();
    for (String[] block : BLOCKS) {
        int digits = Integer.parseInt(block[2]);
        if (Math.pow(10, digits) < needed) {
            continue;
        }
        Set<ZoneId> first = zones.zonesOf(new PhoneNumber(block[1] + "0".repeat(digits)));
        Set<ZoneId> last = zones.zonesOf(new PhoneNumber(block[1] + String.format("%0" + digits + "d", needed - 1)));
        if (!first.isEmpty() && first.equals(last) && QuietHours.allows(now, first)
                && QuietHours.allows(now.plus(Duration.ofHours(1)), first)) {
            return block;
        }
    }
    throw new IllegalStateException("no number block is outside quiet hours now");
}

Process start(String classPath, Map<String, String> env, Path log, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-cp", classPath, "com.attackacrack.crm.bootstrap.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("CRM_") || key.endsWith("_URL") || key.equals("PORT")
            || key.startsWith("OPENPHONE_") || key.startsWith("CAMPAIGN_") || key.startsWith("REDIS_"));
    builder.environment().putAll(env);
    return builder.start();
}

void awaitOutput(Path log, String text, List<Process> processes) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!(Files.exists(log) && Files.readString(log).contains(text))) {
        for (Process process : processes) {
            if (!process.isAlive()) {
                throw new IllegalStateException("a child process exited early; see " + log.getParent());
            }
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("no '" + text + "' in " + log + " after 90 s");
        }
        Thread.sleep(100);
    }
}

String url(PostgresUrl url) {
    String credentials = url.username() == null ? ""
            : url.username() + (url.password() == null ? "" : ":" + url.password()) + "@";
    return "postgres://" + credentials + url.host() + ":" + url.port() + "/" + url.database();
}

String loadAverage() {
    try {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
        return "unknown";
    }
}

void recreateDatabase(PostgresUrl target) throws Exception {
    String database = target.database();
    if (!database.matches("[a-z_][a-z0-9_]*") || !database.contains("bench")) {
        throw new IllegalArgumentException("the database is dropped and recreated, so its name must match [a-z_][a-z0-9_]*"
                + " and contain \"bench\": " + database);
    }
    String adminUrl = target.withDatabase("postgres").jdbcUrl();
    try (Connection connection = DriverManager.getConnection(adminUrl, target.username(), target.password());
         var statement = connection.createStatement()) {
        statement.execute("drop database if exists " + database + " with (force)");
        statement.execute("create database " + database);
    }
}
