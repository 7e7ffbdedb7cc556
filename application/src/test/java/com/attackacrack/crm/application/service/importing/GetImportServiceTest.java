package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryImportFileStore;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.port.in.importing.ImportDetails;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetImportServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryImportFileStore files = new InMemoryImportFileStore();
    private final GetImportService service = new GetImportService(imports, files);

    @Test
    void returnsTheRecordWithItsCountsAndWhetherItCanRerun() {
        ImportRecord failed = record(1, ImportStatus.FAILED);
        imports.seed(failed);
        files.put(failed.id(), new byte[] {1});

        ImportDetails details = service.get(failed.id()).orElseThrow();

        assertThat(details.record()).isEqualTo(failed);
        assertThat(details.counts()).isEqualTo(imports.counts(failed.id()));
        assertThat(details.canRerun()).isTrue();
    }

    @Test
    void aCompletedImportOrOneWithoutItsFileCannotRerun() {
        ImportRecord completed = record(1, ImportStatus.COMPLETED);
        ImportRecord failedWithoutFile = record(2, ImportStatus.FAILED);
        imports.seed(completed);
        imports.seed(failedWithoutFile);
        files.put(completed.id(), new byte[] {1});

        assertThat(service.get(completed.id()).orElseThrow().canRerun()).isFalse();
        assertThat(service.get(failedWithoutFile.id()).orElseThrow().canRerun()).isFalse();
    }

    @Test
    void anUnknownImportIsEmpty() {
        assertThat(service.get(new ImportId(42))).isEmpty();
    }

    private static ImportRecord record(long id, ImportStatus status) {
        return new ImportRecord(new ImportId(id), "leads.csv", ImportFormat.OPENPHONE, "ann@example.com", status, 0,
                null, NOW, null, null, null);
    }
}
