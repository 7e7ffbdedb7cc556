package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryImportFileStore;
import com.attackacrack.crm.application.fakes.InMemoryImportHistory;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunImportHandlerTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final String HEADER = "First name,Last name,Phone number,Email,Address,Role\n";

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryImportHistory history = new InMemoryImportHistory(imports);
    private final InMemoryImportFileStore files = new InMemoryImportFileStore();
    private final MutableClock clock = new MutableClock(NOW);
    private final RunImportHandler handler = new RunImportHandler(imports, history, files,
            new DirectTransactionRunner(), new SimplePhoneNormaliser(), clock);

    @Test
    void handlesImportRunJobs() {
        assertThat(handler.jobType()).isEqualTo("import.run");
    }

    @Test
    void runsTheStoredFileInBatchesAndCompletesTheImport() {
        int total = ImportBatches.BATCH_SIZE + 500;
        ImportId id = uploaded(ImportFormat.OPENPHONE, HEADER + rows(total));
        clock.advance(Duration.ofMinutes(1));

        handler.handle(job(id));

        assertThat(history.markRunningCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo(id);
            assertThat(call.rowsTotal()).isEqualTo((long) total);
            assertThat(call.result()).isTrue();
        });
        assertThat(imports.batchSizes()).containsExactly(ImportBatches.BATCH_SIZE, 500);
        assertThat(imports.counts(id).rowsRead()).isEqualTo(total);
        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(record.error()).isNull();
        assertThat(record.rowsTotal()).isEqualTo((long) total);
        assertThat(record.finishedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(files.has(id)).as("a completed import's file is deleted").isFalse();
    }

    @Test
    void blankLinesAreNotCountedAsRows() {
        ImportId id = uploaded(ImportFormat.OPENPHONE, HEADER + "Ann,Lee,6175550100,,,\n\n\nBob,Ray,6175550101,,,\n\n");

        handler.handle(job(id));

        assertThat(history.markRunningCalls()).singleElement()
                .satisfies(call -> assertThat(call.rowsTotal()).isEqualTo(2L));
        assertThat(imports.rows(id)).hasSize(2);
        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.COMPLETED);
    }

    @Test
    void aCompletedImportIsSkipped() {
        ImportId id = new ImportId(7);
        imports.seed(new ImportRecord(id, "done.csv", ImportFormat.OPENPHONE, "ann@example.com", ImportStatus.COMPLETED,
                1, 1L, NOW, NOW, null, null));
        files.put(id, bytes(HEADER + rows(1)));

        handler.handle(job(id));

        assertThat(history.markRunningCalls()).isEmpty();
        assertThat(imports.batchSizes()).isEmpty();
        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.COMPLETED);
    }

    @Test
    void aMissingStoredFileFailsTheImportSayingUploadAgain() {
        ImportId id = history.queue("gone.csv", ImportFormat.OPENPHONE, "ann@example.com", NOW);

        handler.handle(job(id));

        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(record.error()).contains("no longer stored").contains("upload it again");
        assertThat(history.markRunningCalls()).isEmpty();
        assertThat(imports.batchSizes()).isEmpty();
    }

    @Test
    void aMalformedRecordPartWayAppliesEveryRowBeforeItAndFailsWithTheLine() {
        ImportId id = uploaded(ImportFormat.OPENPHONE, HEADER + rows(3) + "\"Unclosed,Quote,+16175550000,,,\n");

        handler.handle(job(id));

        assertThat(history.markRunningCalls()).singleElement()
                .satisfies(call -> assertThat(call.rowsTotal()).isEqualTo(3L));
        assertThat(imports.rows(id)).hasSize(3);
        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(record.error()).startsWith("Line 5").contains("quoted field never closed");
        assertThat(files.has(id)).as("a failed import keeps its file for a re-run").isTrue();
    }

    @Test
    void aGenericImportRunsWithTheMappingStoredOnTheImport() {
        ColumnMapping mapping = new ColumnMapping(Map.of(ImportField.FULL_NAME, "Who", ImportField.PHONE, "Cell"));
        ImportId id = history.queue("upload.csv", ImportFormat.GENERIC, mapping, ImportStatus.QUEUED, "ann@example.com",
                NOW);
        // "Name" and "Mobile" would be suggested from the header: the stored mapping wins.
        files.put(id, bytes("Name,Mobile,Who,Cell\nBob Ray,6175550199,Ann Lee,6175550100\n"));

        handler.handle(job(id));

        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(imports.rows(id)).singleElement().satisfies(row -> assertThat(row.contacts()).singleElement()
                .satisfies(contact -> {
                    assertThat(contact.phone().e164()).isEqualTo("+16175550100");
                    assertThat(contact.lastName()).isEqualTo("Lee");
                }));
    }

    @Test
    void anImportStillWaitingForItsMappingIsNotRun() {
        ImportId id = history.queue("upload.csv", ImportFormat.GENERIC, null, ImportStatus.AWAITING_MAPPING,
                "ann@example.com", NOW);
        files.put(id, bytes("Who,Cell\nAnn Lee,6175550100\n"));

        assertThatThrownBy(() -> handler.handle(job(id))).isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("column mapping");
        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.AWAITING_MAPPING);
        assertThat(imports.batchSizes()).isEmpty();
    }

    @Test
    void aFailedImportRunsAgainClearingItsError() {
        ImportId id = new ImportId(3);
        imports.seed(new ImportRecord(id, "again.csv", ImportFormat.OPENPHONE, "ann@example.com", ImportStatus.FAILED,
                0, 2L, NOW, NOW, "Line 9: quoted field never closed", null));
        files.put(id, bytes(HEADER + rows(2)));

        handler.handle(job(id));

        assertThat(history.markRunningCalls()).singleElement().satisfies(call -> assertThat(call.result()).isTrue());
        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(record.error()).isNull();
        assertThat(imports.rows(id)).hasSize(2);
    }

    @Test
    void aHeaderThatNoLongerFitsTheFormatFailsTheImportWithoutRunning() {
        ImportId id = uploaded(ImportFormat.OPENPHONE, "First name,Email\nAnn,ann@example.com\n");

        handler.handle(job(id));

        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(record.error()).contains("Phone number");
        assertThat(history.markRunningCalls()).isEmpty();
        assertThat(imports.batchSizes()).isEmpty();
    }

    @Test
    void aJobWithoutAnImportFieldIsAPermanentFailure() {
        Job job = new Job("job-1", "import.run", Map.of(), 1, NOW);

        assertThatThrownBy(() -> handler.handle(job))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("import");
    }

    @Test
    void aJobWithAMalformedImportIdIsAPermanentFailure() {
        Job job = new Job("job-1", "import.run", Map.of("import", "abc"), 1, NOW);

        assertThatThrownBy(() -> handler.handle(job)).isInstanceOf(PermanentJobFailure.class);
    }

    @Test
    void aJobForAnUnknownImportIsAPermanentFailure() {
        assertThatThrownBy(() -> handler.handle(job(new ImportId(99))))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("99");
    }

    private ImportId uploaded(ImportFormat format, String content) {
        ImportId id = history.queue("upload.csv", format, "ann@example.com", NOW);
        files.put(id, bytes(content));
        return id;
    }

    private static Job job(ImportId id) {
        return new Job("job-1", "import.run", Map.of("import", Long.toString(id.value())), 1, NOW);
    }

    private static String rows(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("Ann,Lee,+1617555").append(String.format("%04d", i)).append(",,,\n");
        }
        return text.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
