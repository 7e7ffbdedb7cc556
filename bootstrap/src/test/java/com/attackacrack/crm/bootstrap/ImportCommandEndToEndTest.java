package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code crm import} end to end: the real PropertyRadar sample through the real CLI, wiring and PostgreSQL; every
 * count it prints equals what SELECT count(*) finds, and a second run changes nothing.
 */
class ImportCommandEndToEndTest {

    @TempDir
    Path folder;

    private PostgresUrl database;
    private Map<String, String> env;

    @BeforeEach
    void givenAFreshDatabase() {
        database = TestDatabase.freshDatabase("crm_import_cli");
        env = Map.of("DATABASE_URL", ServeEndToEndTest.asUrl(database), "REDIS_URL", TestRedis.get().url(),
                "REDIS_KEY_PREFIX", TestRedis.get().newPrefix());
    }

    @Test
    void theSampleImportsWithCountsEqualToTheDatabaseAndASecondRunChangesNothing() throws Exception {
        Path sample = sample();

        Run first = crm("import", sample.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(count("select count(*) from contacts")).isEqualTo(figure(first.out(), "created", 0));
        assertThat(count("select count(*) from properties")).isEqualTo(figure(first.out(), "created", 1));
        assertThat(count("select count(*) from import_rows")).isEqualTo(figure(first.out(), "rows read", 0))
                .isEqualTo(40);
        assertThat(count("select count(*) from import_conflicts")).isEqualTo(figure(first.out(), "conflicts queued", 0));
        assertThat(count("select count(*) from import_problems")).isEqualTo(problems(first.out()));
        assertThat(count("select count(*) from property_contacts")).isPositive();
        assertThat(text("select first_name || ' ' || last_name from contacts where phone = '+18575559278'"))
                .isEqualTo("Linda O'Neil");
        String before = snapshot();

        Run second = crm("import", sample.toString());

        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("Everything in the file was already there: nothing changed.");
        assertThat(figure(second.out(), "created", 0)).isZero();
        assertThat(figure(second.out(), "enriched", 0)).isZero();
        assertThat(figure(second.out(), "created", 1)).isZero();
        assertThat(figure(second.out(), "updated", 0)).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void withListTheImportsContactsGoOnTheListOnceAndASecondRunSaysTheyWereAlreadyOnIt() throws Exception {
        Path sample = sample();

        Run first = crm("import", sample.toString(), "--list", "Spring mailer");

        assertThat(first.exit()).as(first.err()).isZero();
        long contacts = count("select count(*) from contacts");
        assertThat(contacts).isPositive();
        assertThat(count("select count(*) from campaign_lists")).isOne();
        assertThat(text("select name from campaign_lists")).isEqualTo("Spring mailer");
        assertThat(count("select count(*) from campaign_list_members")).isEqualTo(contacts)
                .isEqualTo(count("select count(distinct contact_id) from import_row_contacts where import_id = 1"))
                .isEqualTo(count("select member_count from campaign_lists"));
        assertThat(first.out()).contains("Created list \"Spring mailer\".")
                .contains("Added " + contacts + " contact(s) to list \"Spring mailer\" (0 already on it); the list now has "
                        + contacts + " members.");
        text("insert into contacts (first_name, last_name, phone, source, created_at, updated_at, last_activity_at) "
                + "values ('Zed', 'Other', '+16175550199', 'manual', now(), now(), now()) returning id");
        text("insert into campaign_list_members (list_id, contact_id, added_at) select l.id, c.id, now() "
                + "from campaign_lists l, contacts c where c.phone = '+16175550199' returning list_id");

        Run second = crm("import", sample.toString(), "--list", "SPRING MAILER");

        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).doesNotContain("Created list")
                .contains("Added 0 contact(s) to list \"Spring mailer\" (" + contacts + " already on it); the list now has "
                        + (contacts + 1) + " members.");
        assertThat(count("select count(*) from campaign_lists")).isOne();
        assertThat(count("select count(*) from campaign_list_members")).isEqualTo(contacts + 1)
                .isEqualTo(count("select count(distinct contact_id) from campaign_list_members"))
                .isEqualTo(count("select member_count from campaign_lists"));
    }

    @Test
    void listIsRefusedWithDryRunOrABlankNameAndAFailedImportStillLeavesTheList() throws Exception {
        Run dryRun = crm("import", sample().toString(), "--list", "Spring mailer", "--dry-run");
        Run blank = crm("import", file("a.csv", "First name,Last name,Phone number,Email,Address,Role\n").toString(),
                "--list", " ");
        Run failed = crm("import", file("bad.csv", "First name,Last name,Phone number,Email,Address,Role\n"
                + "Ann,Lee,6175550101,,\"never closed\n").toString(), "--list", "Spring mailer");

        assertThat(dryRun.exit()).isEqualTo(1);
        assertThat(dryRun.err()).contains("crm import: --list cannot be used with --dry-run");
        assertThat(blank.exit()).isEqualTo(1);
        assertThat(blank.err()).contains("crm import: List name is required (1 to 100 characters)");
        assertThat(failed.exit()).as(failed.out() + failed.err()).isEqualTo(1);
        assertThat(failed.out()).contains("Created list \"Spring mailer\".").contains("FAILED")
                .contains("Added 0 contact(s) from the rows imported before the failure to list \"Spring mailer\"");
        assertThat(count("select count(*) from imports")).isOne();
        assertThat(count("select count(*) from campaign_lists")).as("the list is created before any row is read")
                .isOne();
    }

    @Test
    void aChangedEmailQueuesExactlyOneConflictAndANewEmailEnrichesWithoutOne() throws Exception {
        String header = "First name,Last name,Phone number,Email,Address,Role\n";
        crm("import", file("first.csv", header + "Ann,Lee,(617) 555-0101,ann@example.com,,\nBob,Ray,617.555.0102,,,\n")
                .toString());

        Run changed = crm("import", file("changed.csv", header + "Ann,Lee,+16175550101,ann.lee@example.com,,\n").toString());
        Run added = crm("import", file("added.csv", header + "Bob,Ray,6175550102,bob@example.com,,\n").toString());

        assertThat(changed.exit()).isZero();
        assertThat(figure(changed.out(), "conflicts queued", 0)).isEqualTo(1);
        assertThat(count("select count(*) from import_conflicts where field = 'email' "
                + "and current_value = 'ann@example.com' and incoming_value = 'ann.lee@example.com'")).isEqualTo(1);
        assertThat(text("select email from contacts where phone = '+16175550101'")).isEqualTo("ann@example.com");
        assertThat(figure(added.out(), "enriched", 0)).isEqualTo(1);
        assertThat(figure(added.out(), "conflicts queued", 0)).isZero();
        assertThat(text("select email from contacts where phone = '+16175550102'")).isEqualTo("bob@example.com");
        assertThat(count("select count(*) from import_conflicts")).isEqualTo(1);
    }

    @Test
    void openPhoneAndGenericImportsReportCountsEqualToTheDatabase() throws Exception {
        Path openPhone = file("openphone.csv", "First name,Last name,Phone number,Email,Address,Role\n"
                + "ANN,LEE,(617) 555-0101,Ann@Example.com,1 Main St,Homeowner\n"
                + "Bob,Ray,not a phone,bob@example.com,,\n"
                + "Ann,Lee,617.555.0101,,,\n");
        Path generic = file("leads.csv", "Full Name,Mobile,E-mail,Street,City,Zip\n"
                + "Cara Diaz,(617) 555-0103,cara@example.com,5 Elm St,Boston,02118\n"
                + "Dan Eng,617-555-0104,,6 Elm St,Boston,02118\n");

        Run first = crm("import", openPhone.toString());
        Run second = crm("import", generic.toString(), "--format", "generic");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(figure(first.out(), "created", 0)).isEqualTo(2)
                .isEqualTo(count("select count(*) from contacts where source = 'import:1'"));
        assertThat(problems(first.out())).isEqualTo(count("select count(*) from import_problems where import_id = 1"))
                .isEqualTo(1);
        assertThat(text("select notes from contacts where phone = '+16175550101'"))
                .isEqualTo("Role: Homeowner\nAddress: 1 Main St");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(figure(second.out(), "created", 0)).isEqualTo(2)
                .isEqualTo(count("select count(*) from contacts where source = 'import:2'"));
        assertThat(figure(second.out(), "created", 1)).isEqualTo(2).isEqualTo(count("select count(*) from properties"));
        assertThat(count("select count(*) from property_contacts")).isEqualTo(2);
        assertThat(figure(second.out(), "rows read", 0)).isEqualTo(count("select count(*) from import_rows "
                + "where import_id = 2"));
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() throws Exception {
        Run dryRun = crm("import", sample().toString(), "--dry-run");

        assertThat(dryRun.exit()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Dry run (nothing was saved)");
        assertThat(figure(dryRun.out(), "created", 0)).isPositive();
        assertThat(count("select count(*) from contacts")).isZero();
        assertThat(count("select count(*) from imports")).isZero();
    }

    @Test
    void aFileMissingRequiredColumnsIsRefusedNamingThemAndNothingIsWritten() throws Exception {
        Run refused = crm("import", file("bad.csv", "Type,Address\nSFR,1 Main St\n").toString(),
                "--format", "propertyradar");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("missing required columns").contains("ZIP").contains("Primary Name");
        assertThat(count("select count(*) from imports")).isZero();
    }

    @Test
    void aGenericFileIsReadWithTheSavedMappingNamedAndAnUnknownNameListsTheSavedOnes() throws Exception {
        Path leads = file("leads.csv", "Who,Cell,Name\nAnn Lee,6175550100,Not a name\n");
        Run none = crm("import", leads.toString(), "--mapping", "Agents");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("No saved column mapping is called 'Agents'").contains("none is saved yet");
        text("insert into column_mappings (name, columns, created_at, updated_at) values ('Agents', "
                + "'{\"FULL_NAME\": \"Who\", \"PHONE\": \"Cell\"}', now(), now()) returning name");

        Run unknown = crm("import", leads.toString(), "--format", "generic", "--mapping", "Brokers");
        Run mapped = crm("import", leads.toString(), "--mapping", "agents");

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("'Brokers'").contains("saved mappings: Agents");
        assertThat(mapped.exit()).as(mapped.out() + mapped.err()).isZero();
        assertThat(mapped.out()).contains("Generic CSV");
        assertThat(text("select first_name || ' ' || last_name || ' ' || phone from contacts"))
                .isEqualTo("Ann Lee +16175550100");
    }

    private Path sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/imports/propertyradar-sample.csv")) {
            Path target = folder.resolve("propertyradar-sample.csv");
            Files.copy(in, target);
            return target;
        }
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private record Run(int exit, String out, String err) {
    }

    private Run crm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CrmCli.create(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The n-th (0-based) figure printed after a label such as "created" in the summary. */
    private static long figure(String summary, String label, int occurrence) {
        Matcher matcher = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+([0-9,]+)").matcher(summary);
        for (int i = 0; i <= occurrence; i++) {
            assertThat(matcher.find()).as("'" + label + "' #" + occurrence + " in:\n" + summary).isTrue();
        }
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    private static long problems(String summary) {
        Matcher matcher = Pattern.compile("field problems: ([0-9,]+)").matcher(summary);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    private String snapshot() throws SQLException {
        return text("select (select string_agg(c::text, '|' order by id) from contacts c) || '#'"
                + " || (select string_agg(p::text, '|' order by id) from properties p) || '#'"
                + " || (select string_agg(l.property_id || '-' || l.contact_id || l.relationship, '|' order by 1)"
                + " from property_contacts l) || '#' || (select count(*) from import_conflicts)");
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
