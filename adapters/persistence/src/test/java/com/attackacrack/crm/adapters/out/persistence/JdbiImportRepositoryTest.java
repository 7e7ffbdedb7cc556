package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.importing.RowProblem;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The set-based import writer against real PostgreSQL: matching, merging, enrichment, conflicts and resume. */
class JdbiImportRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiImportRepository imports = new JdbiImportRepository(jdbi);

    @BeforeEach
    void givenNoContactsPropertiesOrImports() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
        jdbi.useHandle(handle -> handle.execute("delete from imports"));
    }

    @Test
    void startFindAndFinishKeepTheRun() {
        ImportId id = imports.start("radar.csv", ImportFormat.PROPERTYRADAR, "ann@example.com", 10L, T0);

        ImportRecord running = imports.find(id).orElseThrow();
        imports.finish(id, ImportStatus.FAILED, "boom", T0.plusSeconds(5));
        ImportRecord failed = imports.find(id).orElseThrow();

        assertThat(running.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(running.rowsTotal()).isEqualTo(10L);
        assertThat(running.rowsDone()).isZero();
        assertThat(running.createdAt()).isEqualTo(T0);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.error()).isEqualTo("boom");
        assertThat(failed.finishedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(imports.find(new ImportId(id.value() + 1000))).isEmpty();
    }

    @Test
    void newRowsCreatePropertiesContactsAndLinksAndTheCountsMatchTheTables() {
        ImportId id = start();
        imports.applyBatch(id, List.of(
                radarRow(2, "APN-1", "1 Main St", owner(1, "Linda", "Smith", "+16175550001", "linda@example.com"),
                        owner(2, "Bob", "Smith", "+16175550002", null)),
                radarRow(3, "APN-2", "2 Main St", owner(1, "Carl", "Jones", "+16175550003", null)),
                new ImportRow(4, null, List.of(), List.of(new RowProblem("Street", "", "Street is required")))),
                "import:" + id, T0);

        ImportCounts counts = imports.counts(id);
        assertThat(counts).isEqualTo(new ImportCounts(3, 1, 3, 0, 0, 2, 0, 0, 0, 1));
        assertThat(counts.contactsCreated()).isEqualTo(count("contacts"));
        assertThat(counts.propertiesCreated()).isEqualTo(count("properties"));
        assertThat(count("property_contacts")).isEqualTo(3);
        assertThat(imports.find(id).orElseThrow().rowsDone()).isEqualTo(3);
        assertThat(queryString("select source from contacts where phone = '+16175550001'")).isEqualTo("import:" + id);
        assertThat(queryString("""
                select relationship from property_contacts pc join contacts c on c.id = pc.contact_id
                where c.phone = '+16175550002'""")).isEqualTo("secondary_owner");
        assertThat(queryLong("select property_count from contacts where phone = '+16175550001'")).isOne();
        assertThat(queryLong("select n from record_counts where name = 'contacts'")).isEqualTo(3);
    }

    @Test
    void propertyCountsAndFilterCountsStayExactThoughTheBatchCountsLinksItself() {
        ImportId first = start();
        imports.applyBatch(first, List.of(
                radarRow(2, "APN-1", "1 Main St", owner(1, "Linda", "Smith", "+16175550001", null)),
                radarRow(3, "APN-2", "2 Main St", owner(1, "Linda", "Smith", "+16175550001", null),
                        owner(2, "Bob", "Smith", "+16175550002", null)),
                radarRow(4, "APN-1", "1 Main St", owner(1, "Linda", "Smith", "+16175550001", null))),
                "import:" + first, T0);
        jdbi.useHandle(handle -> handle.execute("""
                insert into contacts (first_name, phone, source, created_at, updated_at, last_activity_at)
                values ('Carl', '+16175550003', 'manual', now(), now(), now())"""));
        ImportId second = start();
        imports.applyBatch(second, List.of(
                radarRow(2, "APN-3", "3 Main St", owner(1, "Carl", null, "+16175550003", null),
                        owner(2, "Linda", "Smith", "+16175550001", null)),
                radarRow(3, "APN-1", "1 Main St", owner(1, "Dora", "Smith", "+16175550004", null))),
                "import:" + second, T0.plusSeconds(60));

        assertThat(queryLong("select property_count from contacts where phone = '+16175550001'")).isEqualTo(3);
        assertThat(queryLong("select property_count from contacts where phone = '+16175550003'")).isOne();
        assertThat(queryLong("""
                select count(*) from contacts c
                where c.property_count <> (select count(*) from property_contacts pc where pc.contact_id = c.id)
                """)).isZero();
        assertThat(queryLong("select coalesce(sum(n), 0) from contact_counts where has_property"))
                .isEqualTo(queryLong("select count(*) from contacts where property_count > 0")).isEqualTo(4);
        jdbi.useHandle(handle -> handle.execute("""
                insert into property_contacts (property_id, contact_id, relationship, created_at)
                select p.id, c.id, 'tenant', now() from properties p, contacts c
                where p.apn = 'APN-2' and c.phone = '+16175550004'"""));
        assertThat(queryLong("select property_count from contacts where phone = '+16175550004'"))
                .as("outside an import batch the links' trigger counts again").isEqualTo(2);
    }

    @Test
    void theSameRowsAsANewImportChangeNothing() {
        List<ImportRow> rows = List.of(
                radarRow(2, "APN-1", "1 Main St", owner(1, "Linda", "Smith", "+16175550001", "linda@example.com"),
                        owner(2, "Bob", "Smith", null, null)),
                radarRow(3, null, "2 Main St", owner(1, "Carl", "Jones", null, "carl@example.com")));
        ImportId first = start();
        imports.applyBatch(first, rows, "import:" + first, T0);
        Map<String, Long> before = tableCounts();

        ImportId second = start();
        imports.applyBatch(second, rows, "import:" + second, T0.plusSeconds(60));

        assertThat(imports.counts(second)).isEqualTo(new ImportCounts(2, 0, 0, 0, 3, 0, 0, 2, 0, 0));
        assertThat(imports.counts(second).changedNothing()).isTrue();
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(count("import_conflicts")).isZero();
    }

    @Test
    void aChangedEmailIsQueuedAsOneConflictAndTheRestOfTheRowStillFills() {
        ImportId first = start();
        imports.applyBatch(first, List.of(radarRow(2, "APN-1", "1 Main St",
                owner(1, "LINDA", null, "+16175550001", "linda@example.com"))), "import:" + first, T0);

        ImportId second = start();
        ContactCandidate changed = new ContactCandidate(1, "Linda", "Smith", new PhoneNumber("+16175550001"),
                EmailAddress.parse("linda@new.example.com"), "PropertyRadar", "Call after 5", Relationship.PRIMARY_OWNER);
        imports.applyBatch(second, List.of(radarRow(2, "APN-1", "1 Main St", changed)), "import:" + second, T0);

        assertThat(imports.counts(second)).isEqualTo(new ImportCounts(1, 0, 0, 1, 0, 0, 0, 1, 1, 0));
        assertThat(queryString("select email from contacts")).isEqualTo("linda@example.com");
        assertThat(queryString("select first_name || ' ' || last_name || ' ' || lead_source || ' ' || notes from contacts"))
                .isEqualTo("LINDA Smith PropertyRadar Call after 5");
        assertThat(queryString("""
                select field || ' ' || current_value || ' ' || incoming_value || ' ' || status || ' ' || line
                from import_conflicts""")).isEqualTo("email linda@example.com linda@new.example.com open 2");

        ImportId third = start();
        imports.applyBatch(third, List.of(radarRow(2, "APN-1", "1 Main St", changed)), "import:" + third, T0);
        assertThat(count("import_conflicts")).as("the same incoming value is queued once").isOne();
    }

    @Test
    void anEmailForAContactWithoutOneEnrichesWithoutConflict() {
        ImportId first = start();
        imports.applyBatch(first, List.of(radarRow(2, "APN-1", "1 Main St",
                owner(1, "Linda", "Smith", "+16175550001", null))), "import:" + first, T0);

        ImportId second = start();
        imports.applyBatch(second, List.of(radarRow(2, "APN-1", "1 Main St",
                owner(1, "Linda", "Smith", "+16175550001", "linda@example.com"))), "import:" + second, T0);

        assertThat(imports.counts(second)).isEqualTo(new ImportCounts(1, 0, 0, 1, 0, 0, 0, 1, 0, 0));
        assertThat(queryString("select email from contacts")).isEqualTo("linda@example.com");
    }

    @Test
    void changedPropertyFactsUpdateTheMatchedProperty() {
        ImportId first = start();
        imports.applyBatch(first, List.of(radarRow(2, null, "1 Main St", owner(1, "A", "B", null, null))),
                "import:" + first, T0);

        ImportId second = start();
        PropertyDetails newer = new PropertyDetails(new Address("1 Main St", "Boston", "MA", "02118"), "Condo", null,
                1920, 1500, 3, new BigDecimal("1.5"), 650_000L, null, null, true, null, null, null);
        imports.applyBatch(second, List.of(new ImportRow(2, newer, List.of(), List.of())), "import:" + second, T0);

        assertThat(imports.counts(second).propertiesUpdated()).isOne();
        assertThat(count("properties")).isOne();
        assertThat(queryString("select property_type || ' ' || estimated_value || ' ' || estimated_equity from properties"))
                .isEqualTo("Condo 650000 100000");
    }

    @Test
    void duplicatesInsideOneBatchMergeIntoOneContactAndOneProperty() {
        ImportId id = start();
        imports.applyBatch(id, List.of(
                radarRow(2, "APN-1", "1 Main St", owner(1, "Linda", "Smith", "+16175550001", null)),
                radarRow(3, "APN-1", "1 Main St", owner(1, "Linda", "Smith", null, "linda@example.com"),
                        owner(2, "Linda", "Smith", "+16175550001", "linda@example.com")),
                radarRow(4, "APN-2", "2 Main St", owner(1, "Linda", "Smith", "+16175550001", null))),
                "import:" + id, T0);

        assertThat(count("contacts")).isOne();
        assertThat(count("properties")).isEqualTo(2);
        assertThat(queryString("select phone || ' ' || email from contacts")).isEqualTo("+16175550001 linda@example.com");
        assertThat(count("property_contacts")).isEqualTo(2);
        ImportCounts counts = imports.counts(id);
        assertThat(counts.contactsCreated()).isOne();
        assertThat(counts.contactsEnriched() + counts.contactsUnchanged()).isZero();
        assertThat(counts.propertiesCreated()).isEqualTo(2);
        assertThat(counts.conflictsQueued()).isZero();
    }

    @Test
    void aContactWithOnlyANameIsFoundAgainOnItsProperty() {
        ImportId first = start();
        imports.applyBatch(first, List.of(radarRow(2, "APN-1", "1 Main St", owner(1, "Linda", "Smith", null, null))),
                "import:" + first, T0);
        ImportId second = start();
        imports.applyBatch(second, List.of(radarRow(2, "APN-1", "1 Main St", owner(1, "LINDA", "smith", null, null))),
                "import:" + second, T0);

        assertThat(count("contacts")).isOne();
        assertThat(imports.counts(second).contactsUnchanged()).isOne();
        assertThat(count("import_conflicts")).isZero();
    }

    @Test
    void reApplyingABatchToTheSameImportSkipsItsLines() {
        ImportId id = start();
        List<ImportRow> rows = List.of(
                radarRow(2, "APN-1", "1 Main St", owner(1, "Linda", "Smith", "+16175550001", null)),
                radarRow(3, "APN-2", "2 Main St", owner(1, "Carl", "Jones", "+16175550003", null)));
        imports.applyBatch(id, rows.subList(0, 1), "import:" + id, T0);
        imports.applyBatch(id, rows, "import:" + id, T0);
        imports.applyBatch(id, rows, "import:" + id, T0);

        assertThat(imports.counts(id)).isEqualTo(new ImportCounts(2, 0, 2, 0, 0, 2, 0, 0, 0, 0));
        assertThat(count("import_row_contacts")).isEqualTo(2);
        assertThat(imports.find(id).orElseThrow().rowsDone()).isEqualTo(2);
    }

    @Test
    void anEmailHeldByAnotherContactIsAProblemNotAnError() {
        ImportId first = start();
        imports.applyBatch(first, List.of(
                radarRow(2, "APN-1", "1 Main St", owner(1, "Linda", "Smith", "+16175550001", null)),
                radarRow(3, "APN-2", "2 Main St", owner(1, "Bob", "Other", null, "shared@example.com"))),
                "import:" + first, T0);
        long bob = queryLong("select id from contacts where email = 'shared@example.com'");

        ImportId second = start();
        imports.applyBatch(second, List.of(radarRow(2, "APN-1", "1 Main St",
                owner(1, "Linda", "Smith", "+16175550001", "shared@example.com"))), "import:" + second, T0);

        assertThat(queryString("select coalesce(email, '-') from contacts where phone = '+16175550001'")).isEqualTo("-");
        assertThat(queryString("select field || ': ' || reason from import_problems where import_id = " + second.value()))
                .startsWith("Email: already belongs to contact " + bob);
        assertThat(imports.counts(second).problems()).isOne();
    }

    @Test
    void batchesJoinTheCallersTransactionAndRollBackWithIt() {
        ImportId id = start();
        JdbiTransactionRunner transactions = new JdbiTransactionRunner(jdbi);

        transactions.inTransaction(() -> {
            imports.applyBatch(id, radarRows(0, 2), "import:" + id, T0);
            imports.applyBatch(id, radarRows(2, 2), "import:" + id, T0);
            return null;
        });
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            imports.applyBatch(id, radarRows(4, 3), "import:" + id, T0);
            throw new IllegalStateException("the caller fails");
        })).hasMessage("the caller fails");

        assertThat(imports.counts(id).rowsRead()).isEqualTo(4);
        assertThat(count("contacts")).isEqualTo(8);
        assertThat(count("properties")).isEqualTo(4);
    }

    @Test
    void aBatchCostsTheSameStatementsForOneRowAndForFiveHundred() {
        List<String> statements = new CopyOnWriteArrayList<>();
        Jdbi counted = Jdbis.create(TestDatabase.shared().dataSource());
        counted.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.add(context.getRenderedSql());
            }
        });
        JdbiImportRepository repository = new JdbiImportRepository(counted);
        ImportId one = repository.start("one.csv", ImportFormat.PROPERTYRADAR, "test", 1L, T0);
        ImportId many = repository.start("many.csv", ImportFormat.PROPERTYRADAR, "test", 500L, T0);

        statements.clear();
        repository.applyBatch(one, radarRows(0, 1), "import:" + one, T0);
        int forOne = statements.size();
        statements.clear();
        repository.applyBatch(many, radarRows(1, 500), "import:" + many, T0);

        assertThat(statements).hasSize(forOne);
        assertThat(repository.counts(many).contactsCreated()).isEqualTo(1000);
    }

    private ImportId start() {
        return imports.start("file.csv", ImportFormat.PROPERTYRADAR, "test", null, T0);
    }

    /** PropertyRadar-like rows: two owners with phones and one property each, numbered from {@code first}. */
    static List<ImportRow> radarRows(int first, int count) {
        List<ImportRow> rows = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            rows.add(radarRow(i + 2, "APN-" + i, i + " Elm St",
                    owner(1, "First" + i, "Last" + i, String.format("+1617%07d", 2 * i), null),
                    owner(2, "Second" + i, "Last" + i, String.format("+1617%07d", 2 * i + 1),
                            "owner" + i + "@example.com")));
        }
        return rows;
    }

    private static ImportRow radarRow(long line, String apn, String street, ContactCandidate... owners) {
        PropertyDetails property = new PropertyDetails(new Address(street, "Boston", "MA", "02118"), "House", apn,
                1920, null, null, null, 500_000L, 100_000L, 20, null, null, null, null);
        return new ImportRow(line, property, List.of(owners), List.of());
    }

    private static ContactCandidate owner(int slot, String first, String last, String phone, String email) {
        return new ContactCandidate(slot, first, last, phone == null ? null : new PhoneNumber(phone),
                email == null ? null : EmailAddress.parse(email), null, null,
                slot == 1 ? Relationship.PRIMARY_OWNER : Relationship.SECONDARY_OWNER);
    }

    private long count(String table) {
        return queryLong("select count(*) from " + table);
    }

    private Map<String, Long> tableCounts() {
        return Map.of("contacts", count("contacts"), "properties", count("properties"),
                "property_contacts", count("property_contacts"), "import_conflicts", count("import_conflicts"),
                "import_problems", count("import_problems"));
    }

    private long queryLong(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private String queryString(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }
}
