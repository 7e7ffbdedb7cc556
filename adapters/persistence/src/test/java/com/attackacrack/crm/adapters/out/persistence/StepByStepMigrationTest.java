package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database migration test CI runs as its own step: an empty database is migrated one version at a time through
 * every migration on the classpath (a new migration is covered without touching this test), representative data is
 * loaded at {@link #DATA_VERSION} (the first version where users, sessions, invites, contacts, properties, links and
 * imports with rows and conflicts all exist), the rest of the migrations run over it, and every row is read back.
 * Flyway's {@code validate} must then accept the classpath's migrations against the history.
 */
class StepByStepMigrationTest {

    /** The version the representative data is written against (its columns, not the latest ones). */
    private static final String DATA_VERSION = "6";
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");
    private static final Instant LATER = Instant.parse("2025-03-15T10:00:00Z");

    private HikariDataSource dataSource;
    private Jdbi jdbi;

    @BeforeEach
    void givenAnEmptyDatabase() {
        dataSource = PostgresDataSources.create(TestDatabase.freshDatabase("crm_step_migrations"), 2,
                "crm-step-migrations-test");
        jdbi = Jdbis.create(dataSource);
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }

    @Test
    void everyVersionOnTheClasspathAppliesInTurnAndTheHistoryStaysInOrder() {
        List<String> versions = classpathVersions();
        assertThat(versions).as("migrations on the classpath").hasSizeGreaterThanOrEqualTo(13)
                .contains(DATA_VERSION).doesNotHaveDuplicates();

        List<String> applied = new ArrayList<>();
        for (String version : versions) {
            MigrateResult result = flyway(version).migrate();

            applied.add(version);
            assertThat(result.success).as("migrating to V%s", version).isTrue();
            assertThat(result.migrationsExecuted).as("V%s applies alone", version).isOne();
            assertThat(result.targetSchemaVersion).isEqualTo(version);
            assertThat(history()).as("history after V%s", version).containsExactlyElementsOf(applied);
        }
        assertThat(failedHistoryRows()).isZero();
        assertValidates();
    }

    @Test
    void dataLoadedAtAnEarlyVersionSurvivesEveryLaterMigration() {
        List<String> versions = classpathVersions();
        for (String version : versions.subList(0, versions.indexOf(DATA_VERSION) + 1)) {
            flyway(version).migrate();
        }
        Fixture data = loadRepresentativeData();

        for (String version : versions.subList(versions.indexOf(DATA_VERSION) + 1, versions.size())) {
            assertThat(flyway(version).migrate().success).as("migrating to V%s over data", version).isTrue();
        }

        assertThat(history()).containsExactlyElementsOf(versions);
        assertThat(rows("users")).isEqualTo(2);
        assertThat(strings("select email || ':' || role || ':' || active from users order by id"))
                .containsExactly("ann@example.com:admin:true", "bob@example.com:marketer:false");
        assertThat(strings("select id_hash || ':' || user_id || ':' || (revoked_at is not null) from sessions order by id_hash"))
                .containsExactly("session-1:" + data.ann() + ":false", "session-2:" + data.bob() + ":true");
        assertThat(strings("""
                select coalesce(email, '-') || ':' || role || ':' || (used_by is not null) || ':' || (revoked_at is not null)
                from invites order by id"""))
                .containsExactly("-:admin:false:false", "carol@example.com:marketer:false:false",
                        "bob@example.com:marketer:true:false", "dave@example.com:marketer:false:true");
        assertThat(strings("""
                select coalesce(first_name, '-') || ':' || coalesce(phone, '-') || ':' || coalesce(email, '-')
                       || ':' || (opted_out_at is not null) || ':' || property_count
                from contacts order by id"""))
                .containsExactly("Ann:+16175550123:ann@example.com:false:2", "Bob:+16175550124:-:true:1",
                        "-:-:cy@example.com:false:0");
        assertThat(strings("select apn || ':' || street || ':' || coalesce(city, '-') from properties order by id"))
                .containsExactly("APN-1:1 Main St:Boston", "APN-2:2 Elm St:Salem");
        assertThat(strings("""
                select property_id || ':' || contact_id || ':' || relationship from property_contacts
                order by property_id, contact_id"""))
                .containsExactly(data.house() + ":" + data.annContact() + ":primary_owner",
                        data.house() + ":" + data.bobContact() + ":tenant",
                        data.flat() + ":" + data.annContact() + ":secondary_owner");
        assertThat(strings("select file_name || ':' || status || ':' || rows_total || ':' || rows_done from imports"))
                .containsExactly("leads.csv:completed:3:3");
        assertThat(rows("import_rows")).isEqualTo(3);
        assertThat(rows("import_row_contacts")).isEqualTo(2);
        assertThat(rows("import_row_properties")).isEqualTo(2);
        assertThat(strings("select line || ':' || field || ':' || reason from import_problems"))
                .containsExactly("4:phone:not a phone number");
        assertThat(strings("""
                select contact_id || ':' || field || ':' || current_value || '>' || incoming_value || ':' || status
                from import_conflicts"""))
                .containsExactly(data.annContact() + ":first_name:Ann>Anne:open");
        assertThat(strings("select process_id from process_heartbeats")).containsExactly("worker-1");

        assertThat(strings("select name || '=' || n from record_counts where name in ('contacts', 'properties') order by name"))
                .as("the exact counters still match the rows").containsExactly("contacts=3", "properties=2");
        assertThat(strings("select doc from contact_search order by contact_id"))
                .as("V8 copied the search text of the contacts already there")
                .containsExactly("Ann  ann@example.com", "Bob  ", "  cy@example.com");
        long filterCountTotal = jdbi.withHandle(handle -> handle.createQuery("select coalesce(sum(n), 0) from contact_counts")
                .mapTo(Long.class).one());
        assertThat(filterCountTotal).isEqualTo(3);
        assertThat(rows("conversations") + rows("webhook_events") + rows("campaigns") + rows("campaign_lists"))
                .as("later features start empty").isZero();
        assertThat(failedHistoryRows()).isZero();
        assertValidates();
    }

    private Fixture loadRepresentativeData() {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into process_heartbeats (process_id, role, host, version, started_at, sent_at, received_at)
                values ('worker-1', 'worker', 'host-a', '1.0.0', :t, :t, :t)""").bind("t", T0).execute());
        long ann = insertUser("ann@example.com", "admin", true);
        long bob = insertUser("bob@example.com", "marketer", false);
        insertSession("session-1", ann, null);
        insertSession("session-2", bob, LATER);
        insertInvite(null, "admin", "invite-1", null, null, null);
        insertInvite("carol@example.com", "marketer", "invite-2", ann, null, null);
        insertInvite("bob@example.com", "marketer", "invite-3", ann, LATER, bob);
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into invites (email, role, token_hash, invited_by, created_at, expires_at, revoked_at)
                values ('dave@example.com', 'marketer', 'invite-4', :ann, :t, :t, :later)""")
                .bind("ann", ann).bind("t", T0).bind("later", LATER).execute());

        long annContact = insertContact("Ann", "+16175550123", "ann@example.com", false);
        long bobContact = insertContact("Bob", "+16175550124", null, true);
        insertContact(null, null, "cy@example.com", false);
        long house = insertProperty("APN-1", "1 Main St", "Boston");
        long flat = insertProperty("APN-2", "2 Elm St", "Salem");
        insertLink(house, annContact, "primary_owner");
        insertLink(house, bobContact, "tenant");
        insertLink(flat, annContact, "secondary_owner");

        long run = jdbi.withHandle(handle -> handle.createQuery("""
                insert into imports (file_name, format, started_by, status, rows_total, rows_done, created_at, finished_at)
                values ('leads.csv', 'propertyradar', 'ann@example.com', 'completed', 3, 3, :t, :t) returning id""")
                .bind("t", T0).mapTo(Long.class).one());
        jdbi.useHandle(handle -> {
            handle.execute("insert into import_rows (import_id, line, rejected) values (?, 2, false), (?, 3, false), "
                    + "(?, 4, true)", run, run, run);
            handle.execute("insert into import_row_contacts (import_id, line, slot, contact_id, outcome) "
                    + "values (?, 2, 0, ?, 'created'), (?, 3, 0, ?, 'enriched')", run, annContact, run, bobContact);
            handle.execute("insert into import_row_properties (import_id, line, property_id, outcome) "
                    + "values (?, 2, ?, 'created'), (?, 3, ?, 'updated')", run, house, run, flat);
            handle.execute("insert into import_problems (import_id, line, field, value, reason) "
                    + "values (?, 4, 'phone', '555', 'not a phone number')", run);
            handle.createUpdate("""
                    insert into import_conflicts (import_id, line, contact_id, field, current_value, incoming_value,
                                                  created_at)
                    values (:run, 2, :contact, 'first_name', 'Ann', 'Anne', :t)""")
                    .bind("run", run).bind("contact", annContact).bind("t", T0).execute();
        });
        return new Fixture(ann, bob, annContact, bobContact, house, flat);
    }

    private List<String> classpathVersions() {
        return Arrays.stream(flyway(null).info().all())
                .map(MigrationInfo::getVersion)
                .map(version -> version.getVersion())
                .toList();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private void assertValidates() {
        ValidateResult result = flyway(null).validateWithResult();
        assertThat(result.validationSuccessful).as("flyway validate: %s", result.getAllErrorMessages()).isTrue();
        new FlywaySchemaMigrator(dataSource).validate();
    }

    private List<String> history() {
        return strings("select version from flyway_schema_history where version is not null order by installed_rank");
    }

    private long failedHistoryRows() {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from flyway_schema_history where not success")
                .mapTo(Long.class).one());
    }

    private List<String> strings(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    private long rows(String table) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }

    private long insertUser(String email, String role, boolean active) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into users (email, first_name, last_name, password_hash, role, active, created_at, updated_at)
                values (:email, 'First', 'Last', 'hash', :role, :active, :t, :t) returning id""")
                .bind("email", email).bind("role", role).bind("active", active).bind("t", T0).mapTo(Long.class).one());
    }

    private void insertSession(String idHash, long user, Instant revokedAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into sessions (id_hash, user_id, csrf_token, created_at, expires_at, revoked_at)
                values (:idHash, :user, 'csrf', :t, :later, :revokedAt)""")
                .bind("idHash", idHash).bind("user", user).bind("t", T0).bind("later", LATER)
                .bind("revokedAt", revokedAt).execute());
    }

    private void insertInvite(String email, String role, String tokenHash, Long invitedBy, Instant usedAt, Long usedBy) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into invites (email, role, token_hash, invited_by, created_at, expires_at, used_at, used_by)
                values (:email, :role, :tokenHash, :invitedBy, :t, :later, :usedAt, :usedBy)""")
                .bind("email", email).bind("role", role).bind("tokenHash", tokenHash).bind("invitedBy", invitedBy)
                .bind("t", T0).bind("later", LATER).bind("usedAt", usedAt).bind("usedBy", usedBy).execute());
    }

    private long insertContact(String firstName, String phone, String email, boolean optedOut) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into contacts (first_name, phone, email, opted_out_at, opt_out_reason, source, created_at,
                                      updated_at, last_activity_at)
                values (:firstName, :phone, :email, :optedOutAt, :reason, 'import', :t, :t, :t) returning id""")
                .bind("firstName", firstName).bind("phone", phone).bind("email", email)
                .bind("optedOutAt", optedOut ? T0 : null).bind("reason", optedOut ? "STOP" : null)
                .bind("t", T0).mapTo(Long.class).one());
    }

    private long insertProperty(String apn, String street, String city) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into properties (street, city, state, zip, apn, source, created_at, updated_at)
                values (:street, :city, 'MA', '02101', :apn, 'import', :t, :t) returning id""")
                .bind("street", street).bind("city", city).bind("apn", apn).bind("t", T0).mapTo(Long.class).one());
    }

    private void insertLink(long property, long contact, String relationship) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into property_contacts (property_id, contact_id, relationship, created_at)
                values (:property, :contact, :relationship, :t)""")
                .bind("property", property).bind("contact", contact).bind("relationship", relationship)
                .bind("t", T0).execute());
    }

    private record Fixture(long ann, long bob, long annContact, long bobContact, long house, long flat) {
    }
}
