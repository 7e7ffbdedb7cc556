package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiImportHistoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiImportHistory history = new JdbiImportHistory(jdbi);

    @BeforeEach
    void givenNoImports() {
        jdbi.useHandle(handle -> handle.execute("truncate imports restart identity cascade"));
    }

    @Test
    void aQueuedImportIsListedWithItsDetails() {
        ImportId id = history.queue("leads.csv", ImportFormat.PROPERTYRADAR, "admin@example.com", T0);

        Page<ImportRecord> page = history.list(PageRequest.first());

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.rows()).containsExactly(new ImportRecord(id, "leads.csv", ImportFormat.PROPERTYRADAR,
                "admin@example.com", ImportStatus.QUEUED, 0, null, T0, null, null, null));
    }

    @Test
    void anUploadAwaitingItsMappingGetsItStoredAndQueuedOnce() {
        ImportId id = history.queue("leads.csv", ImportFormat.GENERIC, null, ImportStatus.AWAITING_MAPPING,
                "admin@example.com", T0);
        JdbiImportRepository imports = new JdbiImportRepository(jdbi);
        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.AWAITING_MAPPING);
        assertThat(imports.find(id).orElseThrow().mapping()).isNull();
        assertThat(history.markRunning(id, 3L)).as("a worker cannot start it before it is mapped").isFalse();
        ColumnMapping mapping = new ColumnMapping(Map.of(ImportField.FULL_NAME, "Who", ImportField.PHONE, "Cell \"1\""));

        assertThat(history.startWithMapping(id, mapping)).isTrue();
        assertThat(history.startWithMapping(id, new ColumnMapping(Map.of(ImportField.EMAIL, "Mail")))).isFalse();

        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(ImportStatus.QUEUED);
        assertThat(record.mapping()).isEqualTo(mapping);
        assertThat(history.list(PageRequest.first()).rows()).singleElement()
                .satisfies(listed -> assertThat(listed.mapping()).isEqualTo(mapping));
        String phoneColumn = jdbi.withHandle(handle -> handle.createQuery(
                        "select column_mapping ->> 'PHONE' from imports where id = :id")
                .bind("id", id.value()).mapTo(String.class).one());
        assertThat(phoneColumn).isEqualTo("Cell \"1\"");
    }

    @Test
    void aQueuedUploadKeepsTheSavedMappingItWasQueuedWith() {
        ColumnMapping mapping = new ColumnMapping(Map.of(ImportField.STREET, "Address"));
        ImportId id = history.queue("leads.csv", ImportFormat.GENERIC, mapping, ImportStatus.QUEUED,
                "admin@example.com", T0);

        assertThat(new JdbiImportRepository(jdbi).find(id).orElseThrow().mapping()).isEqualTo(mapping);
        assertThat(history.startWithMapping(id, mapping)).as("only an upload awaiting its mapping").isFalse();
    }

    @Test
    void theListIsNewestFirstAndPagedWithTheTotal() {
        List<ImportId> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(history.queue("f" + i + ".csv", ImportFormat.GENERIC, "a@example.com", T0.plusSeconds(i)));
        }
        ImportId sameTime = history.queue("same.csv", ImportFormat.OPENPHONE, "a@example.com", T0.plusSeconds(4));

        Page<ImportRecord> first = history.list(new PageRequest(1, 4));
        Page<ImportRecord> second = history.list(new PageRequest(2, 4));

        assertThat(first.total()).isEqualTo(6);
        assertThat(first.rows()).extracting(ImportRecord::id)
                .containsExactly(sameTime, ids.get(4), ids.get(3), ids.get(2));
        assertThat(second.rows()).extracting(ImportRecord::id).containsExactly(ids.get(1), ids.get(0));
    }

    @Test
    void markRunningMovesQueuedAndFailedRunsOnly() {
        ImportId id = history.queue("leads.csv", ImportFormat.GENERIC, "a@example.com", T0);

        assertThat(history.markRunning(id, 250L)).isTrue();
        assertThat(history.markRunning(id, 300L)).isFalse();
        assertThat(only().status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(only().rowsTotal()).isEqualTo(250L);

        jdbi.useHandle(handle -> handle.execute("update imports set status = 'failed', error = 'disk full', "
                + "finished_at = now(), rows_done = 40"));
        assertThat(history.markRunning(id, null)).isTrue();
        ImportRecord rerun = only();
        assertThat(rerun.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(rerun.error()).isNull();
        assertThat(rerun.finishedAt()).isNull();
        assertThat(rerun.rowsTotal()).isEqualTo(250L);
        assertThat(rerun.rowsDone()).isEqualTo(40);

        jdbi.useHandle(handle -> handle.execute("update imports set status = 'completed'"));
        assertThat(history.markRunning(id, null)).isFalse();
    }

    @Test
    void problemsStreamInLineOrderThenInsertionOrder() {
        ImportId id = history.queue("leads.csv", ImportFormat.GENERIC, "a@example.com", T0);
        ImportId other = history.queue("other.csv", ImportFormat.GENERIC, "a@example.com", T0);
        jdbi.useHandle(handle -> {
            insertProblem(handle, id, 7, "phone", "555", "too short");
            insertProblem(handle, id, 2, "email", "x@", "not an email");
            insertProblem(handle, id, 7, "email", "y@", "not an email");
            insertProblem(handle, id, 3, "zip", null, "missing");
            insertProblem(handle, other, 1, "zip", "", "missing");
        });
        List<ImportProblem> seen = new ArrayList<>();

        long count = history.forEachProblem(id, seen::add);

        assertThat(count).isEqualTo(4);
        assertThat(seen).containsExactly(new ImportProblem(2, "email", "x@", "not an email"),
                new ImportProblem(3, "zip", "", "missing"),
                new ImportProblem(7, "phone", "555", "too short"),
                new ImportProblem(7, "email", "y@", "not an email"));
    }

    private static void insertProblem(org.jdbi.v3.core.Handle handle, ImportId id, long line, String field,
                                      String value, String reason) {
        handle.createUpdate("insert into import_problems (import_id, line, field, value, reason) "
                        + "values (:id, :line, :field, :value, :reason)")
                .bind("id", id.value()).bind("line", line).bind("field", field)
                .bind("value", value == null ? "" : value).bind("reason", reason).execute();
    }

    private ImportRecord only() {
        return history.list(PageRequest.first()).rows().get(0);
    }
}
