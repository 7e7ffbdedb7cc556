package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.attackacrack.crm.application.fakes.InMemoryColumnMappingRepository;
import com.attackacrack.crm.application.fakes.InMemoryImportFileStore;
import com.attackacrack.crm.application.fakes.InMemoryImportHistory;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.port.in.importing.ColumnMappingDraft;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrepareColumnMappingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryImportHistory history = new InMemoryImportHistory(imports);
    private final InMemoryImportFileStore files = new InMemoryImportFileStore();
    private final InMemoryColumnMappingRepository mappings = new InMemoryColumnMappingRepository();
    private final PrepareColumnMappingService service = new PrepareColumnMappingService(imports, files, mappings);

    @Test
    void suggestsAFieldForTheColumnsItRecognisesFromTheStoredHeader() {
        ImportId id = awaiting("\uFEFFFull Name, Cell ,Favourite colour,E-mail\nAnn Lee,6175550100,red,a@example.com\n");
        mappings.save("Leads", new ColumnMapping(Map.of(ImportField.PHONE, "Mobile")), NOW);

        ColumnMappingDraft draft = service.prepare(id, null);

        assertThat(draft.record().id()).isEqualTo(id);
        assertThat(draft.header()).containsExactly("Full Name", "Cell", "Favourite colour", "E-mail");
        assertThat(draft.fieldByColumn()).containsExactly(entry("Full Name", ImportField.FULL_NAME),
                entry("Cell", ImportField.PHONE), entry("E-mail", ImportField.EMAIL));
        assertThat(draft.savedNames()).containsExactly("Leads");
    }

    @Test
    void aHeaderWithNothingRecognisableGivesAnEmptyDraft() {
        ImportId id = awaiting("Alpha,Beta\n1,2\n");

        assertThat(service.prepare(id, " ").fieldByColumn()).isEmpty();
    }

    @Test
    void aNamedSavedMappingIsProposedColumnByColumnIgnoringCase() {
        mappings.save("Leads", new ColumnMapping(Map.of(ImportField.PHONE, "mobile", ImportField.NOTES, "Extra",
                ImportField.FULL_NAME, "Not in file")), NOW);
        ImportId id = awaiting("Name,Mobile,Extra\nAnn,6175550100,hi\n");

        ColumnMappingDraft draft = service.prepare(id, "leads");

        assertThat(draft.fieldByColumn()).containsExactly(entry("Mobile", ImportField.PHONE),
                entry("Extra", ImportField.NOTES));
    }

    @Test
    void anUnknownSavedMappingIsRefused() {
        ImportId id = awaiting("Name,Mobile\nAnn,6175550100\n");

        assertThatThrownBy(() -> service.prepare(id, "Nope"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("'Nope'");
    }

    @Test
    void anImportNotAwaitingItsMappingIsRefused() {
        ImportId id = history.queue("a.csv", ImportFormat.GENERIC, "ann@example.com", NOW);
        files.put(id, "Name\nAnn\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> service.prepare(id, null))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
        assertThatThrownBy(() -> service.prepare(new ImportId(99), null))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND);
    }

    private ImportId awaiting(String content) {
        ImportId id = history.queue("generic.csv", ImportFormat.GENERIC, null, ImportStatus.AWAITING_MAPPING,
                "ann@example.com", NOW);
        files.put(id, content.getBytes(StandardCharsets.UTF_8));
        return id;
    }
}
