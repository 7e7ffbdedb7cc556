package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryColumnMappingRepository;
import com.attackacrack.crm.application.fakes.InMemoryImportFileStore;
import com.attackacrack.crm.application.fakes.InMemoryImportHistory;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.application.port.in.importing.MapImportColumnsCommand;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapImportColumnsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final String FILE = "Who,Cell,Colour\nAnn Lee,6175550100,red\n";

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryImportHistory history = new InMemoryImportHistory(imports);
    private final InMemoryImportFileStore files = new InMemoryImportFileStore();
    private final InMemoryColumnMappingRepository mappings = new InMemoryColumnMappingRepository();
    private final RecordingJobQueue jobs = new RecordingJobQueue();
    private final MapImportColumnsService service = new MapImportColumnsService(imports, history, files, mappings, jobs,
            new DirectTransactionRunner(), new MutableClock(NOW));

    @Test
    void storesTheMappingOnTheImportQueuesItAndEnqueuesItsJob() {
        ImportId id = awaiting(FILE);

        service.map(new MapImportColumnsCommand(id, choices("Who", ImportField.FULL_NAME, "Cell", ImportField.PHONE),
                null));

        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(ImportStatus.QUEUED);
        assertThat(record.mapping()).isEqualTo(new ColumnMapping(Map.of(ImportField.FULL_NAME, "Who",
                ImportField.PHONE, "Cell")));
        assertThat(jobs.enqueued()).singleElement().satisfies(job -> {
            assertThat(job.request().type()).isEqualTo("import.run");
            assertThat(job.request().payload()).isEqualTo(Map.of("import", Long.toString(id.value())));
        });
        assertThat(mappings.names()).isEmpty();
    }

    @Test
    void savesTheMappingUnderTheNameGiven() {
        ImportId id = awaiting(FILE);

        service.map(new MapImportColumnsCommand(id, choices("Cell", ImportField.PHONE), "  Agents list "));

        assertThat(mappings.names()).containsExactly("Agents list");
        assertThat(mappings.find("agents list")).contains(new ColumnMapping(Map.of(ImportField.PHONE, "Cell")));
    }

    @Test
    void twoColumnsMappedToTheSameFieldAreRefusedNamingTheField() {
        ImportId id = awaiting(FILE);

        assertThatThrownBy(() -> service.map(new MapImportColumnsCommand(id,
                choices("Who", ImportField.PHONE, "Cell", ImportField.PHONE), "Saved")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Phone")
                .hasMessageContaining("'Who' and 'Cell'");
        assertNothingHappened(id);
    }

    @Test
    void aMappingThatIdentifiesNobodyIsRefused() {
        ImportId id = awaiting(FILE);

        assertThatThrownBy(() -> service.map(new MapImportColumnsCommand(id, choices("Colour", ImportField.NOTES),
                null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("at least one column");
        assertNothingHappened(id);
    }

    @Test
    void aColumnTheStoredFileLacksIsRefusedNamingIt() {
        ImportId id = awaiting(FILE);

        assertThatThrownBy(() -> service.map(new MapImportColumnsCommand(id, choices("Mobile", ImportField.PHONE),
                "Saved")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Mobile");
        assertNothingHappened(id);
    }

    @Test
    void anImportNoLongerAwaitingItsMappingIsRefused() {
        ImportId id = awaiting(FILE);
        service.map(new MapImportColumnsCommand(id, choices("Cell", ImportField.PHONE), null));

        assertThatThrownBy(() -> service.map(new MapImportColumnsCommand(id, choices("Who", ImportField.FULL_NAME),
                "Late")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("no longer waiting")
                .extracting(e -> ((BusinessRuleException) e).kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
        assertThat(jobs.enqueued()).hasSize(1);
        assertThat(mappings.names()).isEmpty();
        assertThat(imports.find(id).orElseThrow().mapping())
                .isEqualTo(new ColumnMapping(Map.of(ImportField.PHONE, "Cell")));
    }

    private void assertNothingHappened(ImportId id) {
        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.AWAITING_MAPPING);
        assertThat(jobs.enqueued()).isEmpty();
        assertThat(mappings.names()).isEmpty();
    }

    private static Map<String, ImportField> choices(Object... pairs) {
        Map<String, ImportField> choices = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            choices.put((String) pairs[i], (ImportField) pairs[i + 1]);
        }
        return choices;
    }

    private ImportId awaiting(String content) {
        ImportId id = history.queue("generic.csv", ImportFormat.GENERIC, null, ImportStatus.AWAITING_MAPPING,
                "ann@example.com", NOW);
        files.put(id, content.getBytes(StandardCharsets.UTF_8));
        return id;
    }
}
