// Million-row benchmark of the contact list and detail (issue 4, "Measure"). Run through contact-list-bench.sh.
//
// Against the database crm_bench on a local PostgreSQL (BENCH_DATABASE_URL overrides the server/database), created
// and migrated when missing: loads 1,000,000 demo contacts (and 600,000 properties with their links) through the real
// DemoDataService + JdbiDemoDataWriter unless they are already there, then times the real repository calls the
// contact pages make (JdbiContactRepository.list, GetContactService over JdbiContactRepository +
// JdbiPropertyRepository), warm-up first, and prints p50/p95/max per query.

import com.attackacrack.crm.adapters.out.persistence.FlywaySchemaMigrator;
import com.attackacrack.crm.adapters.out.persistence.JdbiContactRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiDemoDataWriter;
import com.attackacrack.crm.adapters.out.persistence.JdbiPropertyRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.persistence.Jdbis;
import com.attackacrack.crm.adapters.out.persistence.PostgresDataSources;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.application.port.in.demo.DemoDataReport;
import com.attackacrack.crm.application.port.in.demo.GenerateDemoDataCommand;
import com.attackacrack.crm.application.port.out.DemoDataWriter.Counts;
import com.attackacrack.crm.application.service.contact.GetContactService;
import com.attackacrack.crm.application.service.demo.DemoDataService;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Jdbi;

void main(String[] args) throws Exception {
    int contacts = Integer.parseInt(System.getProperty("bench.contacts", "1000000"));
    int iterations = Integer.parseInt(System.getProperty("bench.iterations", "200"));
    int warmUp = Integer.parseInt(System.getProperty("bench.warmup", "30"));
    String url = System.getenv().getOrDefault("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/crm_bench");
    PostgresUrl target = PostgresUrl.parse(url);
    createDatabaseIfMissing(target);

    try (HikariDataSource dataSource = PostgresDataSources.create(target, 4, "crm-bench")) {
        new FlywaySchemaMigrator(dataSource).migrate();
        Jdbi jdbi = Jdbis.create(dataSource);
        JdbiDemoDataWriter writer = new JdbiDemoDataWriter(jdbi);
        load(jdbi, writer, contacts);

        var contactRepository = new JdbiContactRepository(jdbi);
        var detail = new GetContactService(contactRepository, new JdbiPropertyRepository(jdbi), new JdbiTransactionRunner(jdbi));
        List<String> phones = jdbi.withHandle(h -> h.createQuery(
                "select phone from contacts tablesample system (1) where phone is not null limit 500").mapTo(String.class).list());
        List<Long> owners = jdbi.withHandle(h -> h.createQuery(
                "select contact_id from property_contacts tablesample system (1) limit 500").mapTo(Long.class).list());
        List<String> names = List.of("Sullivan", "murphy", "Nguyen", "ann", "Patel", "kelly", "Costa", "rober", "Hughes", "Doherty");
        ContactFilter customersWithEmail = new ContactFilter(null, null, true, null, null, null, true, null, null);
        ContactFilter referralsWithProperty = new ContactFilter(null, null, null, true, null, "Referral", null, null, null);

        System.out.printf(Locale.ROOT, "%nTiming %d iterations per query after %d warm-up calls (wall time of the repository/service call:"
                + " SQL on the server + JDBC + row mapping, one connection at a time).%nLoad average now: %s%n", iterations, warmUp,
                loadAverage());
        List<String[]> table = new ArrayList<>();
        table.add(time("contacts, first page (newest first, 100 rows + total)", iterations, warmUp,
                i -> contactRepository.list(ContactFilter.none(), ContactSort.CREATED_DESC, PageRequest.first())));
        table.add(time("contacts, page 5,000 (newest first, offset 499,900)", iterations, warmUp,
                i -> contactRepository.list(ContactFilter.none(), ContactSort.CREATED_DESC, new PageRequest(5_000, 100))));
        table.add(time("contacts, page 5,000 sorted by name", iterations, warmUp,
                i -> contactRepository.list(ContactFilter.none(), ContactSort.NAME_ASC, new PageRequest(5_000, 100))));
        table.add(time("name search (10 terms rotating, first page)", iterations, warmUp,
                i -> contactRepository.list(text(names.get(i % names.size())), ContactSort.CREATED_DESC, PageRequest.first())));
        table.add(time("name search + has email (first page)", iterations, warmUp,
                i -> contactRepository.list(new ContactFilter(names.get(i % names.size()), null, true, null, null, null, null,
                        null, null), ContactSort.CREATED_DESC, PageRequest.first())));
        table.add(time("phone search (exact E.164, " + phones.size() + " numbers rotating)", iterations, warmUp,
                i -> contactRepository.list(phone(phones.get(i % phones.size())), ContactSort.CREATED_DESC, PageRequest.first())));
        table.add(time("filtered: customers with email (first page)", iterations, warmUp,
                i -> contactRepository.list(customersWithEmail, ContactSort.CREATED_DESC, PageRequest.first())));
        table.add(time("filtered: lead source Referral with property", iterations, warmUp,
                i -> contactRepository.list(referralsWithProperty, ContactSort.CREATED_DESC, PageRequest.first())));
        table.add(time("contact detail (contact + its properties, " + owners.size() + " ids)", iterations, warmUp,
                i -> detail.get(new ContactId(owners.get(i % owners.size())))));
        print(table);
        System.out.println("Load average at the end (1/5/15 min, " + Runtime.getRuntime().availableProcessors() + " cores): "
                + loadAverage());
    }
}

void load(Jdbi jdbi, JdbiDemoDataWriter writer, int target) {
    Counts counts = writer.counts();
    System.out.printf(Locale.ROOT, "The database holds %,d contacts, %,d properties, %,d links.%n",
            counts.contacts(), counts.properties(), counts.links());
    if (counts.contacts() >= target) {
        System.out.println("Already loaded: skipping the load (drop the database crm_bench to reload).");
        return;
    }
    int missing = (int) (target - counts.contacts());
    System.out.printf(Locale.ROOT, "Loading %,d contacts through DemoDataService + JdbiDemoDataWriter (COPY)...%n", missing);
    long started = System.nanoTime();
    DemoDataReport report = new DemoDataService(writer, Clock.systemUTC()).generate(new GenerateDemoDataCommand(missing, 2026));
    double loadSeconds = (System.nanoTime() - started) / 1e9;
    long vacuumStarted = System.nanoTime();
    jdbi.useHandle(h -> h.execute("vacuum analyze contacts, properties, property_contacts"));
    double vacuumSeconds = (System.nanoTime() - vacuumStarted) / 1e9;
    System.out.printf(Locale.ROOT, "Loaded %,d contacts, %,d properties, %,d links in %.1f s (%,.0f contacts/s);"
                    + " vacuum analyze %.1f s. Now %,d / %,d / %,d.%n",
            report.contactsAdded(), report.propertiesAdded(), report.linksAdded(), loadSeconds,
            report.contactsAdded() / loadSeconds, vacuumSeconds, report.after().contacts(), report.after().properties(),
            report.after().links());
}

String[] time(String name, int iterations, int warmUp, IntConsumer call) {
    for (int i = 0; i < warmUp; i++) {
        call.accept(i);
    }
    double[] millis = new double[iterations];
    for (int i = 0; i < iterations; i++) {
        long started = System.nanoTime();
        call.accept(warmUp + i);
        millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    String[] row = {name, fmt(percentile(millis, 50)), fmt(percentile(millis, 95)), fmt(millis[millis.length - 1])};
    System.out.printf(Locale.ROOT, "  %-62s p50 %8s ms  p95 %8s ms%n", name, row[1], row[2]);
    return row;
}

String loadAverage() {
    try {
        String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
        return "unknown";
    }
}

double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
}

String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
}

void print(List<String[]> table) {
    System.out.printf(Locale.ROOT, "%n| %-62s | %8s | %8s | %8s |%n", "query", "p50 ms", "p95 ms", "max ms");
    System.out.println("|" + "-".repeat(64) + "|----------|----------|----------|");
    for (String[] row : table) {
        System.out.printf(Locale.ROOT, "| %-62s | %8s | %8s | %8s |%n", (Object[]) row);
    }
}

ContactFilter text(String text) {
    return new ContactFilter(text, null, null, null, null, null, null, null, null);
}

ContactFilter phone(String e164) {
    return new ContactFilter(null, new PhoneNumber(e164), null, null, null, null, null, null, null);
}

void createDatabaseIfMissing(PostgresUrl target) throws Exception {
    String database = target.database();
    if (!database.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException("database name must be [a-z_][a-z0-9_]*: " + database);
    }
    String adminUrl = target.withDatabase("postgres").jdbcUrl();
    try (Connection connection = DriverManager.getConnection(adminUrl, target.username(), target.password());
         var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
        check.setString(1, database);
        if (!check.executeQuery().next()) {
            try (var create = connection.createStatement()) {
                create.execute("create database " + database);
            }
            System.out.println("Created database " + database + ".");
        }
    }
}
