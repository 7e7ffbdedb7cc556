package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped migrations, applied one by one as a production database meets them, and the rules the schema keeps. */
class MigrationsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");

    private HikariDataSource dataSource;
    private Jdbi jdbi;

    @BeforeEach
    void givenAFreshDatabase() {
        dataSource = PostgresDataSources.create(TestDatabase.freshDatabase("crm_migrations"), 2, "crm-migrations-test");
        jdbi = Jdbis.create(dataSource);
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }

    @Test
    void migratingStepByStepKeepsTheDataOfEarlierVersionsAndValidates() {
        migrateTo("1");
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into process_heartbeats (process_id, role, host, version, started_at, sent_at, received_at)
                values ('worker-1', 'worker', 'host-a', '1.0.0', :t, :t, :t)
                """).bind("t", T0).execute());

        migrateTo("2");
        long userId = insertUser("ann@example.com", "admin");

        migrateTo("3");

        assertThat(heartbeatProcessIds()).containsExactly("worker-1");
        String email = jdbi.withHandle(handle -> handle.createQuery("select email from users where id = :id")
                .bind("id", userId).mapTo(String.class).one());
        int trigramExtensions = jdbi.withHandle(handle -> handle.createQuery(
                "select count(*) from pg_extension where extname = 'pg_trgm'").mapTo(Integer.class).one());
        assertThat(email).isEqualTo("ann@example.com");
        assertThat(trigramExtensions).isOne();
        jdbi.useHandle(handle -> handle.execute("""
                insert into contacts (first_name, source, created_at, updated_at, last_activity_at)
                values ('Ann', 'manual', now(), now(), now()), ('Bob', 'manual', now(), now(), now())
                """));
        FlywaySchemaMigrator migrator = new FlywaySchemaMigrator(dataSource);
        migrator.migrate();
        migrator.validate();
        long countedContacts = jdbi.withHandle(handle -> handle.createQuery(
                "select n from record_counts where name = 'contacts'").mapTo(Long.class).one());
        assertThat(countedContacts).as("V4 starts its counters from the rows already there").isEqualTo(2);
    }

    @Test
    void v5StartsPropertyCountsAndFilterCountsFromTheRowsAlreadyThere() {
        migrateTo("4");
        long house = insertProperty("APN-1");
        long ann = insertContact("+16175550123", "ann@example.com");
        insertContact("+16175550124", null);
        insertLink(house, ann, "primary_owner");

        migrateToLatest();

        List<Integer> propertyCounts = jdbi.withHandle(handle -> handle.createQuery(
                "select property_count from contacts order by id").mapTo(Integer.class).list());
        List<String> filterCounts = jdbi.withHandle(handle -> handle.createQuery("""
                select has_email || '/' || has_property || '=' || n from contact_counts order by has_email
                """).mapTo(String.class).list());
        assertThat(propertyCounts).containsExactly(1, 0);
        assertThat(filterCounts).containsExactly("false/false=1", "true/true=1");
    }

    @Test
    void v8CopiesTheSearchTextOfTheContactsAlreadyThere() {
        migrateTo("7");
        insertContact("+16175550123", "ann@example.com");

        migrateToLatest();

        List<String> docs = jdbi.withHandle(handle -> handle.createQuery("select doc from contact_search")
                .mapTo(String.class).list());
        assertThat(docs).containsExactly("Ann  ann@example.com");
    }

    @Test
    void v10KeepsTheSearchDocOfConversationsAndItsRowsGoWithTheirContact() {
        migrateTo("9");
        long ann = insertContact("+16175550123", "ann@example.com");
        migrateToLatest();
        long conversation = jdbi.withHandle(handle -> handle.createQuery("""
                insert into conversations (contact_id, last_activity_at, search_doc)
                select id, :t, conversation_search_doc(first_name, last_name, phone, email) from contacts
                returning id
                """).bind("t", T0).mapTo(Long.class).one());
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into messages (conversation_id, contact_id, provider_id, direction, status, created_at,
                                      recorded_at, status_at)
                values (:conversation, :contact, 'AC1', 'inbound', 'received', :t, :t, :t)
                """).bind("conversation", conversation).bind("contact", ann).bind("t", T0).execute());

        jdbi.useHandle(handle -> handle.execute("update contacts set last_name = 'Archer' where id = ?", ann));

        String doc = jdbi.withHandle(handle -> handle.createQuery("select search_doc from conversations")
                .mapTo(String.class).one());
        assertThat(doc).isEqualTo("Ann Archer 16175550123 ann@example.com");
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.createUpdate("""
                insert into conversations (contact_id, last_activity_at) values (:contact, :t)
                """).bind("contact", ann).bind("t", T0).execute())).hasMessageContaining("conversations_contact_id_key");
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.createUpdate("""
                insert into messages (conversation_id, contact_id, provider_id, direction, status, created_at,
                                      recorded_at, status_at)
                values (:conversation, :contact, 'AC1', 'outbound', 'sent', :t, :t, :t)
                """).bind("conversation", conversation).bind("contact", ann).bind("t", T0).execute()))
                .hasMessageContaining("messages_provider_id_key");
        jdbi.useHandle(handle -> handle.execute("delete from contacts where id = ?", ann));
        assertThat(count("conversations") + count("messages")).isZero();
    }

    @Test
    void v11KeepsListMemberCountsExactAndRefusesListAndFilterNamesDifferingOnlyInCase() {
        migrateTo("10");
        long ann = insertContact("+16175550123", "ann@example.com");
        long bob = insertContact("+16175550124", null);
        migrateToLatest();
        long list = jdbi.withHandle(handle -> handle.createQuery("""
                insert into campaign_lists (name, created_at, updated_at) values ('Hot leads', :t, :t) returning id
                """).bind("t", T0).mapTo(Long.class).one());

        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into campaign_list_members (list_id, contact_id, added_at)
                select :list, id, :t from contacts
                """).bind("list", list).bind("t", T0).execute());
        jdbi.useHandle(handle -> handle.execute("delete from contacts where id = ?", bob));

        long members = jdbi.withHandle(handle -> handle.createQuery(
                "select member_count from campaign_lists where id = :id").bind("id", list).mapTo(Long.class).one());
        assertThat(members).as("the deleted contact left the list and its count").isOne();
        assertThat(count("campaign_list_members")).isOne();
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.createUpdate("""
                insert into campaign_lists (name, created_at, updated_at) values ('HOT LEADS', :t, :t)
                """).bind("t", T0).execute())).hasMessageContaining("campaign_lists_name_key");
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into saved_filters (name, criteria, created_at, updated_at) values ('Boston', '{}', :t, :t)
                """).bind("t", T0).execute());
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.createUpdate("""
                insert into saved_filters (name, criteria, created_at, updated_at) values ('boston', '{}', :t, :t)
                """).bind("t", T0).execute())).hasMessageContaining("saved_filters_name_key");
        jdbi.useHandle(handle -> handle.execute("delete from campaign_lists where id = ?", list));
        assertThat(count("campaign_list_members")).isZero();
        assertThat(count("contacts")).as("a list's deletion keeps its contacts").isOne();
        assertThat(ann).isPositive();
    }

    @Test
    void v12KeepsOneAudienceOneRowPerContactAndHistoryAfterTheContactGoes() {
        migrateTo("11");
        long ann = insertContact("+16175550123", "ann@example.com");
        migrateToLatest();
        long list = jdbi.withHandle(handle -> handle.createQuery("""
                insert into campaign_lists (name, created_at, updated_at) values ('Spring', :t, :t) returning id
                """).bind("t", T0).mapTo(Long.class).one());
        String insertCampaign = """
                insert into campaigns (name, status, audience_list_id, audience_filter_id, message_a, daily_limit,
                                       window_days, window_start, window_end, window_zone, created_at, updated_at)
                values ('C', 'draft', :list, :filter, 'Hi', 125, 'MON,TUE', '09:00', '18:00', 'America/New_York', :t, :t)
                returning id""";
        long campaign = jdbi.withHandle(handle -> handle.createQuery(insertCampaign)
                .bind("list", list).bind("filter", (Long) null).bind("t", T0).mapTo(Long.class).one());
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.createQuery(insertCampaign)
                .bind("list", (Long) null).bind("filter", (Long) null).bind("t", T0).mapTo(Long.class).one()))
                .hasMessageContaining("campaigns_audience_check");
        String insertRecipient = """
                insert into campaign_recipients (campaign_id, contact_id, phone, variant, status, body, created_at)
                values (:campaign, :contact, '+16175550123', 'a', 'pending', 'Hi', :t)""";
        jdbi.useHandle(handle -> handle.createUpdate(insertRecipient)
                .bind("campaign", campaign).bind("contact", ann).bind("t", T0).execute());
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.createUpdate(insertRecipient)
                .bind("campaign", campaign).bind("contact", ann).bind("t", T0).execute()))
                .hasMessageContaining("campaign_recipients_contact_key");
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.execute("delete from campaign_lists")))
                .hasMessageContaining("campaigns_audience_list_id_fkey");

        jdbi.useHandle(handle -> handle.execute("delete from contacts where id = ?", ann));

        List<String> phones = jdbi.withHandle(handle -> handle.createQuery(
                "select phone from campaign_recipients where contact_id is null").mapTo(String.class).list());
        assertThat(phones).containsExactly("+16175550123");
        jdbi.useHandle(handle -> handle.execute("delete from campaigns"));
        assertThat(count("campaign_recipients")).isZero();
    }

    @Test
    void v13AddsRequestStartedAndTreatsSendsInFlightBeforeItAsStarted() {
        migrateTo("12");
        long list = jdbi.withHandle(handle -> handle.createQuery("""
                insert into campaign_lists (name, created_at, updated_at) values ('Spring', :t, :t) returning id
                """).bind("t", T0).mapTo(Long.class).one());
        long campaign = jdbi.withHandle(handle -> handle.createQuery("""
                insert into campaigns (name, status, audience_list_id, message_a, daily_limit, window_days,
                                       window_start, window_end, window_zone, created_at, updated_at)
                values ('C', 'running', :list, 'Hi', 125, 'MON,TUE', '09:00', '18:00', 'America/New_York', :t, :t)
                returning id""").bind("list", list).bind("t", T0).mapTo(Long.class).one());
        for (String status : List.of("pending", "sending", "unknown", "sent")) {
            jdbi.useHandle(handle -> handle.createUpdate("""
                    insert into campaign_recipients (campaign_id, phone, variant, status, body, enqueued_at, lease_until,
                                                     created_at)
                    values (:campaign, '+16175550123', 'a', :status, 'Hi', :t, :t, :t)""")
                    .bind("campaign", campaign).bind("status", status).bind("t", T0).execute());
        }

        migrateToLatest();

        List<String> started = jdbi.withHandle(handle -> handle.createQuery("""
                select status from campaign_recipients where request_started_at = :t order by id""")
                .bind("t", T0).mapTo(String.class).list());
        int notStarted = jdbi.withHandle(handle -> handle.createQuery(
                "select count(*) from campaign_recipients where request_started_at is null").mapTo(Integer.class).one());
        assertThat(started).as("claims from before V13 may have reached the provider")
                .containsExactly("sending", "unknown");
        assertThat(notStarted).isEqualTo(2);
    }

    @Test
    void v14IndexesTheDashboardsTimeRanges() {
        migrateTo("13");

        migrateToLatest();

        List<String> indexes = jdbi.withHandle(handle -> handle.createQuery("""
                select indexname from pg_indexes where indexname in ('campaign_recipients_sent_at_idx',
                    'campaign_recipients_replied_at_idx', 'messages_created_at_idx') order by indexname""")
                .mapTo(String.class).list());
        assertThat(indexes).containsExactly("campaign_recipients_replied_at_idx", "campaign_recipients_sent_at_idx",
                "messages_created_at_idx");
    }

    @Test
    void usersRefuseAnEmailDifferingOnlyInCaseAndUnknownRoles() {
        migrateToLatest();
        insertUser("ann@example.com", "admin");

        assertThatThrownBy(() -> insertUser("Ann@Example.com", "marketer")).hasMessageContaining("users_email_key");
        assertThatThrownBy(() -> insertUser("bob@example.com", "janitor")).hasMessageContaining("users_role_check");
    }

    @Test
    void invitesRefuseUnknownRolesAndATokenHashTwice() {
        migrateToLatest();
        insertInvite("hash-1", "marketer");

        assertThatThrownBy(() -> insertInvite("hash-2", "janitor")).hasMessageContaining("invites_role_check");
        assertThatThrownBy(() -> insertInvite("hash-1", "admin")).hasMessageContaining("invites_token_hash_key");
    }

    @Test
    void sessionsGoWithTheirUser() {
        migrateToLatest();
        long userId = insertUser("ann@example.com", "admin");
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into sessions (id_hash, user_id, csrf_token, created_at, expires_at)
                values ('hash-1', :userId, 'csrf', :t, :t)
                """).bind("userId", userId).bind("t", T0).execute());

        jdbi.useHandle(handle -> handle.execute("delete from users where id = ?", userId));

        assertThat(count("sessions")).isZero();
    }

    @Test
    void v6AddsTheImportTablesAndARunGoesWithItsRows() {
        migrateToLatest();
        long run = jdbi.withHandle(handle -> handle.createQuery("""
                insert into imports (file_name, format, started_by, status, created_at)
                values ('a.csv', 'propertyradar', 'ann', 'running', now()) returning id
                """).mapTo(Long.class).one());
        jdbi.useHandle(handle -> handle.execute(
                "insert into import_rows (import_id, line, rejected) values (?, 2, false)", run));
        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.execute("""
                insert into imports (file_name, format, started_by, status, created_at)
                values ('a.csv', 'excel', 'ann', 'running', now())
                """))).hasMessageContaining("imports_format_check");

        jdbi.useHandle(handle -> handle.execute("delete from imports"));

        assertThat(count("import_rows")).isZero();
        assertThat(count("import_row_contacts") + count("import_row_properties") + count("import_problems")
                + count("import_conflicts")).isZero();
    }

    @Test
    void contactsRefuseATakenPhoneOrEmailAndUpperCaseEmailsButAllowManyWithoutEither() {
        migrateToLatest();
        insertContact("+16175550123", "ann@example.com");
        insertContact(null, null);
        insertContact(null, null);

        assertThatThrownBy(() -> insertContact("+16175550123", null)).hasMessageContaining("contacts_phone_key");
        assertThatThrownBy(() -> insertContact(null, "ann@example.com")).hasMessageContaining("contacts_email_key");
        assertThatThrownBy(() -> insertContact(null, "Bob@example.com"))
                .hasMessageContaining("contacts_email_lower_check");
        assertThat(count("contacts")).isEqualTo(3);
    }

    @Test
    void propertiesRefuseATakenApnAndLinksTheirRelationshipRulesAndGoWithEitherEnd() {
        migrateToLatest();
        long house = insertProperty("APN-1");
        insertProperty(null);
        insertProperty(null);
        long ann = insertContact("+16175550123", null);
        long bob = insertContact("+16175550124", null);
        insertLink(house, ann, "primary_owner");
        insertLink(house, bob, "tenant");

        assertThatThrownBy(() -> insertProperty("APN-1")).hasMessageContaining("properties_apn_key");
        assertThatThrownBy(() -> insertLink(house, ann, "tenant")).hasMessageContaining("property_contacts_pkey");
        assertThatThrownBy(() -> insertLink(house + 1, ann, "landlord"))
                .hasMessageContaining("property_contacts_relationship_check");
        jdbi.useHandle(handle -> handle.execute("delete from contacts where id = ?", bob));
        assertThat(count("property_contacts")).isEqualTo(1);
        jdbi.useHandle(handle -> handle.execute("delete from properties where id = ?", house));
        assertThat(count("property_contacts")).isZero();
        assertThat(count("contacts")).isEqualTo(1);
    }

    private long insertContact(String phone, String email) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into contacts (first_name, phone, email, source, created_at, updated_at, last_activity_at)
                values ('Ann', :phone, :email, 'test', :t, :t, :t)
                returning id
                """).bind("phone", phone).bind("email", email).bind("t", T0).mapTo(Long.class).one());
    }

    private long insertProperty(String apn) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into properties (street, apn, source, created_at, updated_at)
                values ('1 Main St', :apn, 'test', :t, :t)
                returning id
                """).bind("apn", apn).bind("t", T0).mapTo(Long.class).one());
    }

    private void insertLink(long property, long contact, String relationship) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into property_contacts (property_id, contact_id, relationship, created_at)
                values (:property, :contact, :relationship, :t)
                """).bind("property", property).bind("contact", contact).bind("relationship", relationship)
                .bind("t", T0).execute());
    }

    private void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
    }

    private void migrateToLatest() {
        new FlywaySchemaMigrator(dataSource).migrate();
    }

    private List<String> heartbeatProcessIds() {
        return jdbi.withHandle(handle -> handle.createQuery("select process_id from process_heartbeats")
                .mapTo(String.class).list());
    }

    private int count(String table) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }

    private long insertUser(String email, String role) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into users (email, first_name, last_name, password_hash, role, created_at, updated_at)
                values (:email, 'First', 'Last', 'hash', :role, :t, :t)
                returning id
                """).bind("email", email).bind("role", role).bind("t", T0).mapTo(Long.class).one());
    }

    private void insertInvite(String tokenHash, String role) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into invites (email, role, token_hash, created_at, expires_at)
                values (null, :role, :tokenHash, :t, :t)
                """).bind("role", role).bind("tokenHash", tokenHash).bind("t", T0).execute());
    }
}
