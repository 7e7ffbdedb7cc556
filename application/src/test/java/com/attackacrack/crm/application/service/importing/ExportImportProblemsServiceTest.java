package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryImportHistory;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportImportProblemsServiceTest {

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryImportHistory history = new InMemoryImportHistory(imports);
    private final ExportImportProblemsService service = new ExportImportProblemsService(history);

    @Test
    void streamsTheImportsProblemsInLineOrderAndReturnsHowMany() {
        ImportId id = history.queue("a.csv", ImportFormat.OPENPHONE, "ann@example.com",
                Instant.parse("2026-11-27T09:00:00Z"));
        ImportId other = new ImportId(id.value() + 1);
        ImportProblem late = new ImportProblem(9, "Email", "ann@", "not a valid email address");
        ImportProblem early = new ImportProblem(3, "Phone number", "123", "not a US phone number");
        history.addProblem(id, late);
        history.addProblem(id, early);
        history.addProblem(other, new ImportProblem(2, "ZIP", "x", "not a ZIP code"));
        List<ImportProblem> streamed = new ArrayList<>();

        long count = service.export(id, streamed::add);

        assertThat(count).isEqualTo(2);
        assertThat(streamed).containsExactly(early, late);
    }

    @Test
    void anImportWithoutProblemsStreamsNothing() {
        List<ImportProblem> streamed = new ArrayList<>();

        assertThat(service.export(new ImportId(5), streamed::add)).isZero();
        assertThat(streamed).isEmpty();
    }
}
