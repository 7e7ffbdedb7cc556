package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryColumnMappingRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.in.importing.ImportFileCommand;
import com.attackacrack.crm.application.port.in.importing.ImportOutcome;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportFileServiceTest {

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryColumnMappingRepository mappings = new InMemoryColumnMappingRepository();
    private final ImportFileService service = new ImportFileService(imports, mappings, new DirectTransactionRunner(),
            new SimplePhoneNormaliser(), new MutableClock(java.time.Instant.parse("2026-11-27T09:00:00Z")));

    @Test
    void streamsRowsInBatchesAndReportsProgressAfterEach() {
        List<Long> progress = new ArrayList<>();

        int batch = ImportBatches.BATCH_SIZE;
        ImportOutcome outcome = service.importFile(command(openPhoneFile(2 * batch + 500), false), progress::add);

        assertThat(outcome.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(outcome.format()).isEqualTo(ImportFormat.OPENPHONE);
        assertThat(imports.batchSizes()).containsExactly(batch, batch, 500);
        assertThat(progress).containsExactly((long) batch, 2L * batch, 2L * batch + 500);
        assertThat(outcome.counts().rowsRead()).isEqualTo(2 * batch + 500);
        assertThat(imports.find(outcome.id()).orElseThrow().status()).isEqualTo(ImportStatus.COMPLETED);
    }

    @Test
    void aFileMissingRequiredColumnsIsRefusedBeforeAnyRunIsRecorded() {
        byte[] file = "First name,Email\nAnn,ann@example.com\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> service.importFile(new ImportFileCommand("contacts.csv", new ByteArrayInputStream(file),
                ImportFormat.OPENPHONE, null, "ann@example.com", false), rows -> { }))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Phone number");
        assertThat(imports.runsStarted()).isZero();
    }

    @Test
    void aMalformedRecordPartWayFailsTheRunAndStillAppliesEveryRowBeforeIt() {
        int batch = ImportBatches.BATCH_SIZE;
        String rows = openPhoneRows(batch + 100) + "\"Unclosed,Quote,+16175550000,,,\n";

        ImportOutcome outcome = service.importFile(command(bytes(header() + rows), false), applied -> { });

        assertThat(outcome.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(outcome.error()).contains("Line");
        assertThat(imports.batchSizes()).containsExactly(batch, 100);
        assertThat(outcome.counts().rowsRead()).isEqualTo(batch + 100);
        ImportId id = outcome.id();
        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
        assertThat(imports.find(id).orElseThrow().error()).isEqualTo(outcome.error());
    }

    @Test
    void aDryRunReportsWhatItWouldDoWithoutAnId() {
        ImportOutcome outcome = service.importFile(command(openPhoneFile(10), true), rows -> { });

        assertThat(outcome.dryRun()).isTrue();
        assertThat(outcome.id()).isNull();
        assertThat(outcome.counts().rowsRead()).isEqualTo(10);
        assertThat(outcome.status()).isEqualTo(ImportStatus.COMPLETED);
    }

    @Test
    void aGenericFileIsReadWithTheSavedMappingNamed() {
        mappings.save("Leads", new ColumnMapping(Map.of(ImportField.FULL_NAME, "Who", ImportField.PHONE, "Cell")),
                java.time.Instant.parse("2026-11-27T09:00:00Z"));
        byte[] file = bytes("Who,Cell,Name\nAnn Lee,6175550100,Not this\n");

        ImportOutcome outcome = service.importFile(new ImportFileCommand("leads.csv", new ByteArrayInputStream(file),
                null, "leads", "ann@example.com", false), rows -> { });

        assertThat(outcome.format()).isEqualTo(ImportFormat.GENERIC);
        assertThat(outcome.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(imports.rows(outcome.id())).singleElement().satisfies(row -> assertThat(row.contacts())
                .singleElement().satisfies(contact -> {
                    assertThat(contact.phone().e164()).isEqualTo("+16175550100");
                    assertThat(contact.lastName()).isEqualTo("Lee");
                }));
    }

    @Test
    void anUnknownMappingNameIsRefusedListingTheSavedNames() {
        mappings.save("Leads", new ColumnMapping(Map.of(ImportField.PHONE, "Cell")),
                java.time.Instant.parse("2026-11-27T09:00:00Z"));
        mappings.save("Agents", new ColumnMapping(Map.of(ImportField.EMAIL, "Mail")),
                java.time.Instant.parse("2026-11-27T09:00:00Z"));
        byte[] file = bytes("Who,Cell\nAnn Lee,6175550100\n");

        assertThatThrownBy(() -> service.importFile(new ImportFileCommand("leads.csv", new ByteArrayInputStream(file),
                ImportFormat.GENERIC, "Nope", "ann@example.com", false), rows -> { }))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("'Nope'")
                .hasMessageContaining("Agents, Leads");
        assertThat(imports.runsStarted()).isZero();
    }

    @Test
    void aMappingWhoseColumnsTheFileLacksIsRefusedNamingThem() {
        mappings.save("Leads", new ColumnMapping(Map.of(ImportField.PHONE, "Mobile")),
                java.time.Instant.parse("2026-11-27T09:00:00Z"));
        byte[] file = bytes("Who,Cell\nAnn Lee,6175550100\n");

        assertThatThrownBy(() -> service.importFile(new ImportFileCommand("leads.csv", new ByteArrayInputStream(file),
                ImportFormat.GENERIC, "Leads", "ann@example.com", false), rows -> { }))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Mobile");
        assertThat(imports.runsStarted()).isZero();
    }

    @Test
    void aMappingWithAnotherFormatIsRefused() {
        assertThatThrownBy(() -> new ImportFileCommand("leads.csv", new ByteArrayInputStream(new byte[0]),
                ImportFormat.OPENPHONE, "Leads", "ann@example.com", false))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("generic");
    }

    private static ImportFileCommand command(byte[] file, boolean dryRun) {
        return new ImportFileCommand("openphone.csv", new ByteArrayInputStream(file), null, null, "ann@example.com",
                dryRun);
    }

    private static byte[] openPhoneFile(int rows) {
        return bytes(header() + openPhoneRows(rows));
    }

    private static String header() {
        return "First name,Last name,Phone number,Email,Address,Role\n";
    }

    private static String openPhoneRows(int rows) {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            file.append("Ann,Lee,+1617555").append(String.format("%04d", i % 10_000)).append(",,,\n");
        }
        return file.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
