package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.InMemoryImportFileStore;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RerunImportServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final ImportId ID = new ImportId(4);

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryImportFileStore files = new InMemoryImportFileStore();
    private final RecordingJobQueue jobs = new RecordingJobQueue();
    private final RerunImportService service = new RerunImportService(imports, files, jobs);

    @Test
    void aFailedImportWithItsFileIsQueuedAgain() {
        seed(ImportStatus.FAILED, true);

        service.rerun(ID);

        assertThat(jobs.enqueued()).singleElement().satisfies(job -> {
            assertThat(job.request().type()).isEqualTo("import.run");
            assertThat(job.request().payload()).isEqualTo(Map.of("import", "4"));
        });
    }

    @Test
    void aQueuedImportIsRefusedSoThatItNeverGetsASecondJob() {
        seed(ImportStatus.QUEUED, true);

        assertThatThrownBy(() -> service.rerun(ID))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("queued");
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void aCompletedImportIsRefused() {
        seed(ImportStatus.COMPLETED, true);

        assertThatThrownBy(() -> service.rerun(ID))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("completed")
                .hasMessageContaining("only a failed import can run again");
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void aRunningImportIsRefused() {
        seed(ImportStatus.RUNNING, true);

        assertThatThrownBy(() -> service.rerun(ID))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("running");
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void aFailedImportWhoseFileIsGoneIsRefusedSayingUploadAgain() {
        seed(ImportStatus.FAILED, false);

        assertThatThrownBy(() -> service.rerun(ID))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("no longer stored")
                .hasMessageContaining("upload it again");
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void anUnknownImportIsNotFound() {
        assertThatThrownBy(() -> service.rerun(new ImportId(99)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND);
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void canRerunOnlyFailedImportsWithAStoredFile() {
        assertThat(RerunImportService.canRerun(record(ImportStatus.FAILED), true)).isTrue();
        assertThat(RerunImportService.canRerun(record(ImportStatus.QUEUED), true)).isFalse();
        assertThat(RerunImportService.canRerun(record(ImportStatus.FAILED), false)).isFalse();
        assertThat(RerunImportService.canRerun(record(ImportStatus.RUNNING), true)).isFalse();
        assertThat(RerunImportService.canRerun(record(ImportStatus.COMPLETED), true)).isFalse();
    }

    private void seed(ImportStatus status, boolean fileStored) {
        imports.seed(record(status));
        if (fileStored) {
            files.put(ID, "First name,Last name,Phone number\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static ImportRecord record(ImportStatus status) {
        return new ImportRecord(ID, "leads.csv", ImportFormat.OPENPHONE, "ann@example.com", status, 0, null, NOW,
                status.finished() ? NOW : null, status == ImportStatus.FAILED ? "Line 3: quoted field never closed" : null, null);
    }
}
