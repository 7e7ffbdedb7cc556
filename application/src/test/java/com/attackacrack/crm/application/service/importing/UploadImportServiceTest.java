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
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.in.importing.UploadImportCommand;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadImportServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final String OPENPHONE = "First name,Last name,Phone number,Email,Address,Role\n"
            + "Ann,Lee,+16175550100,ann@example.com,,\n"
            + "Bob,Ray,(617) 555-0101,,,\n";
    private static final String PROPERTYRADAR = "Address,City,State,ZIP,APN,Primary Name,Primary Mobile Phone1\n"
            + "1 Main St,Boston,MA,02108,123-45,Ann Lee,6175550100\n";

    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final InMemoryImportHistory history = new InMemoryImportHistory(imports);
    private final InMemoryImportFileStore files = new InMemoryImportFileStore();
    private final InMemoryColumnMappingRepository mappings = new InMemoryColumnMappingRepository();
    private final RecordingJobQueue jobs = new RecordingJobQueue();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final UploadImportService service = new UploadImportService(history, files, mappings, jobs, transactions,
            new SimplePhoneNormaliser(), new MutableClock(NOW));

    @Test
    void anOpenPhoneFileIsQueuedStoredByteForByteAndItsJobEnqueued() {
        byte[] bytes = bytes(OPENPHONE);

        ImportId id = service.upload(command("openphone.csv", bytes, null, null));

        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(ImportStatus.QUEUED);
        assertThat(record.format()).isEqualTo(ImportFormat.OPENPHONE);
        assertThat(record.fileName()).isEqualTo("openphone.csv");
        assertThat(record.startedBy()).isEqualTo("ann@example.com");
        assertThat(record.createdAt()).isEqualTo(NOW);
        assertThat(files.bytes(id)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
        assertThat(jobs.enqueued()).singleElement().satisfies(job -> {
            assertThat(job.request().type()).isEqualTo("import.run");
            assertThat(job.request().payload()).isEqualTo(Map.of("import", Long.toString(id.value())));
        });
        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void aPropertyRadarFileIsDetectedAndQueuedAsPropertyRadar() {
        byte[] bytes = bytes(PROPERTYRADAR);

        ImportId id = service.upload(command("radar.csv", bytes, null, null));

        assertThat(imports.find(id).orElseThrow().format()).isEqualTo(ImportFormat.PROPERTYRADAR);
        assertThat(files.bytes(id)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
        assertThat(jobs.enqueued()).singleElement()
                .satisfies(job -> assertThat(job.request().payload()).containsEntry("import", Long.toString(id.value())));
    }

    @Test
    void aFileLargerThanTheBufferIsStoredWhole() {
        StringBuilder text = new StringBuilder("First name,Last name,Phone number,Email,Address,Role\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("Ann,Lee,+1617555").append(String.format("%04d", i)).append(",,,\n");
        }
        byte[] bytes = bytes(text.toString());

        ImportId id = service.upload(command("big.csv", bytes, null, null));

        assertThat(files.bytes(id)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
    }

    @Test
    void aFileMissingRequiredColumnsIsRefusedNamingTheColumnAndNothingIsStoredOrQueued() {
        byte[] bytes = bytes("First name,Email\nAnn,ann@example.com\n");

        assertThatThrownBy(() -> service.upload(command("contacts.csv", bytes, ImportFormat.OPENPHONE, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Phone number");

        assertThat(imports.runsStarted()).isZero();
        assertThat(files.size()).isZero();
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void aPropertyRadarFileWithoutCityIsRefusedNamingIt() {
        byte[] bytes = bytes("Address,ZIP,APN,Primary Name\n1 Main St,02108,123,Ann Lee\n");

        assertThatThrownBy(() -> service.upload(command("radar.csv", bytes, null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("City");
        assertThat(files.size()).isZero();
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void anUnknownSavedMappingIsRefused() {
        assertThatThrownBy(() -> service.upload(command("generic.csv", bytes("Name,Mobile\nAnn,6175550100\n"),
                ImportFormat.GENERIC, "Nope")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("No saved mapping is called 'Nope'")
                .extracting(e -> ((BusinessRuleException) e).kind()).isEqualTo(BusinessRuleException.Kind.INVALID);
        assertThat(imports.runsStarted()).isZero();
        assertThat(files.size()).isZero();
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void aSavedMappingIsCheckedAgainstTheHeaderAndStoredOnTheQueuedImport() {
        ColumnMapping leads = new ColumnMapping(Map.of(ImportField.FULL_NAME, "Name", ImportField.PHONE, "Mobile"));
        mappings.save("Leads", leads, NOW);

        ImportId id = service.upload(command("generic.csv", bytes("Name,Mobile\nAnn Lee,6175550100\n"),
                ImportFormat.GENERIC, "leads"));

        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.format()).isEqualTo(ImportFormat.GENERIC);
        assertThat(record.status()).isEqualTo(ImportStatus.QUEUED);
        assertThat(record.mapping()).isEqualTo(leads);
        assertThat(jobs.enqueued()).singleElement().satisfies(job -> assertThat(job.request().payload())
                .isEqualTo(Map.of("import", Long.toString(id.value()))));
    }

    @Test
    void aGenericFileWithoutASavedMappingIsStoredAwaitingItsMappingWithoutAJob() {
        byte[] bytes = bytes("Customer,Cell phone,Whatever\nAnn Lee,6175550100,x\n");

        ImportId id = service.upload(command("generic.csv", bytes, null, null));

        ImportRecord record = imports.find(id).orElseThrow();
        assertThat(record.format()).isEqualTo(ImportFormat.GENERIC);
        assertThat(record.status()).isEqualTo(ImportStatus.AWAITING_MAPPING);
        assertThat(record.mapping()).isNull();
        assertThat(files.bytes(id)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void aFileChosenAsGenericAwaitsItsMappingEvenWhenItLooksLikeOpenPhone() {
        ImportId id = service.upload(command("openphone.csv", bytes(OPENPHONE), ImportFormat.GENERIC, null));

        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(ImportStatus.AWAITING_MAPPING);
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void aSavedMappingWhoseColumnsTheFileLacksIsRefused() {
        mappings.save("Leads", new ColumnMapping(Map.of(ImportField.FULL_NAME, "Name", ImportField.PHONE, "Mobile")),
                NOW);

        assertThatThrownBy(() -> service.upload(command("generic.csv", bytes("Name,Cell\nAnn Lee,6175550100\n"),
                ImportFormat.GENERIC, "Leads")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Mobile");
        assertThat(files.size()).isZero();
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void aHeaderLongerThanOneMebibyteIsRefusedWithAClearMessage() {
        StringBuilder header = new StringBuilder("First name,Last name,Phone number");
        String longName = "x".repeat(60_000);
        while (header.length() <= UploadImportService.HEADER_LIMIT + 100_000) {
            header.append(',').append(longName);
        }
        byte[] bytes = bytes(header + "\nAnn,Lee,6175550100\n");

        assertThatThrownBy(() -> service.upload(command("huge.csv", bytes, null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("header row is longer than 1024 KiB");
        assertThat(imports.runsStarted()).isZero();
        assertThat(files.size()).isZero();
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> service.upload(command("empty.csv", new byte[0], null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("empty");
        assertThat(jobs.enqueued()).isEmpty();
    }

    private static UploadImportCommand command(String fileName, byte[] bytes, ImportFormat format, String mapping) {
        return new UploadImportCommand(fileName, new ByteArrayInputStream(bytes), format, mapping, "ann@example.com");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
