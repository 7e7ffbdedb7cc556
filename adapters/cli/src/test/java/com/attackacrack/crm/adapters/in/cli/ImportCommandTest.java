package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.campaign.AddImportToNamedListUseCase;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.ImportListAddition;
import com.attackacrack.crm.application.port.in.campaign.PreparedList;
import com.attackacrack.crm.application.port.in.importing.ImportFileCommand;
import com.attackacrack.crm.application.port.in.importing.ImportFileUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportOutcome;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final Instant T0 = Instant.parse("2026-03-10T12:00:00Z");
    private static final ImportCounts COUNTS = new ImportCounts(40, 1, 30, 5, 3, 38, 1, 0, 2, 4);

    @TempDir
    Path folder;

    private final List<ImportFileCommand> received = new ArrayList<>();
    private final List<String> contents = new ArrayList<>();

    @Test
    void importsTheFileAndPrintsTheCountsWithAProgressBar() throws IOException {
        Path file = csv("propertyradar.csv");

        CliFixtures.Run run = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null)),
                file.toString(), "--format", "PropertyRadar");

        assertThat(run.exitCode()).isZero();
        assertThat(received).singleElement().satisfies(command -> {
            assertThat(command.fileName()).isEqualTo("propertyradar.csv");
            assertThat(command.format()).isEqualTo(ImportFormat.PROPERTYRADAR);
            assertThat(command.dryRun()).isFalse();
            assertThat(command.startedBy()).startsWith("CLI (");
        });
        assertThat(contents).containsExactly("Address,ZIP\n1 Main St,02451\n");
        assertThat(run.out()).contains("Import 7 of a PropertyRadar export: read to the end")
                .contains("rows read                    40  (rejected: 1; field problems: 4)")
                .contains("created                    30").contains("conflicts queued         2");
        assertThat(run.err()).contains("\r[##############################] 100%  40 rows");
    }

    @Test
    void aDryRunSaysNothingWasSaved() throws IOException {
        CliFixtures.Run run = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null)),
                csv("a.csv").toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(received.get(0).dryRun()).isTrue();
        assertThat(run.out()).contains("Dry run (nothing was saved)").contains("contacts would be");
    }

    @Test
    void aFailedImportExitsNonZeroAndSaysWhereItStopped() throws IOException {
        CliFixtures.Run run = CliFixtures.Run.of(
                command(() -> useCase(ImportStatus.FAILED, "Line 41: quoted field never closed")),
                csv("a.csv").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED").contains("Stopped at: Line 41: quoted field never closed");
    }

    @Test
    void anUnknownFormatOrAMissingFileIsRefusedWithoutImporting() throws IOException {
        CliFixtures.Run unknown = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null)),
                csv("a.csv").toString(), "--format", "excel");
        CliFixtures.Run missing = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null)),
                folder.resolve("nope.csv").toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Unknown format 'excel'");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("No such file");
        assertThat(received).isEmpty();
    }

    @Test
    void aSavedMappingNameIsPassedOnForAGenericFile() throws IOException {
        CliFixtures.Run run = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null)),
                csv("leads.csv").toString(), "--format", "generic", "--mapping", "Agent leads");

        assertThat(run.exitCode()).isZero();
        assertThat(received).singleElement().satisfies(command -> {
            assertThat(command.format()).isEqualTo(ImportFormat.GENERIC);
            assertThat(command.mappingName()).isEqualTo("Agent leads");
        });
    }

    @Test
    void withoutMappingTheNameIsNull() throws IOException {
        CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null)), csv("a.csv").toString());

        assertThat(received).singleElement().satisfies(command -> assertThat(command.mappingName()).isNull());
    }

    @Test
    void anUnknownMappingIsReportedWithTheSavedNames() throws IOException {
        ImportFileUseCase refusing = (command, progress) -> {
            throw com.attackacrack.crm.domain.shared.BusinessRuleException.invalid("No saved column mapping is called '"
                    + command.mappingName() + "'; saved mappings: Agents, Leads");
        };

        CliFixtures.Run run = CliFixtures.Run.of(command(() -> refusing), csv("a.csv").toString(),
                "--mapping", "Nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'Nope'").contains("Agents, Leads");
    }

    @Test
    void withListTheListIsPreparedBeforeTheImportAndItsContactsAddedAfterItWithTheFiguresPrinted() throws IOException {
        RecordingList toList = new RecordingList(received, false, 37, 12);

        CliFixtures.Run run = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null), () -> toList),
                csv("a.csv").toString(), "--list", "  spring mailer ");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(toList.calls).containsExactly("prepare spring mailer after 0 import(s)",
                "add import 7 to list 3 after 1 import(s)");
        assertThat(run.out()).contains("Import 7 of a PropertyRadar export: read to the end")
                .contains("Added 37 contact(s) to list \"Spring Mailer\" (12 already on it); the list now has 412 members.")
                .doesNotContain("Created list");
    }

    @Test
    void aListCreatedForTheImportIsSaidToBeNewBeforeTheImportRuns() throws IOException {
        RecordingList toList = new RecordingList(received, true, 30, 0);

        CliFixtures.Run run = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null), () -> toList),
                csv("a.csv").toString(), "--list", "Spring mailer");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Created list \"Spring Mailer\".\nImport 7 of a PropertyRadar export")
                .contains("Added 30 contact(s) to list \"Spring Mailer\" (0 already on it)");
    }

    @Test
    void aFailedImportKeepsTheListAndAddsTheContactsOfTheRowsItCommitted() throws IOException {
        RecordingList toList = new RecordingList(received, true, 5, 0);

        CliFixtures.Run run = CliFixtures.Run.of(command(() -> useCase(ImportStatus.FAILED, "Line 41: bad quote"),
                        () -> toList), csv("a.csv").toString(), "--list", "Spring mailer");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED").contains("Created list \"Spring Mailer\".")
                .contains("Added 5 contact(s) from the rows imported before the failure to list \"Spring Mailer\"");
    }

    @Test
    void listWithDryRunIsRefusedBeforeAnythingIsRead() throws IOException {
        CliFixtures.Run run = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null),
                        () -> untouchedList()), csv("a.csv").toString(), "--list", "Spring mailer", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--list cannot be used with --dry-run");
        assertThat(received).isEmpty();
    }

    @Test
    void aBlankOrOverlongListNameIsRefusedWithTheListFormsMessageBeforeImporting() throws IOException {
        CliFixtures.Run blank = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null),
                () -> untouchedList()), csv("a.csv").toString(), "--list", "   ");
        CliFixtures.Run overlong = CliFixtures.Run.of(command(() -> useCase(ImportStatus.COMPLETED, null),
                () -> untouchedList()), csv("b.csv").toString(), "--list", "x".repeat(101));

        assertThat(blank.exitCode()).isEqualTo(1);
        assertThat(blank.err()).contains("List name is required (1 to 100 characters)");
        assertThat(overlong.exitCode()).isEqualTo(1);
        assertThat(overlong.err()).contains("List name must be at most 100 characters, was 101");
        assertThat(received).isEmpty();
    }

    private static AddImportToNamedListUseCase untouchedList() {
        return new AddImportToNamedListUseCase() {
            @Override
            public PreparedList prepare(CampaignListCommand list) {
                throw new AssertionError("the list must not be touched");
            }

            @Override
            public ImportListAddition addImport(CampaignListId list, ImportId importId) {
                throw new AssertionError("the list must not be touched");
            }
        };
    }

    /** Records the calls in order, relative to the imports run so far; answers list 3 "Spring Mailer". */
    private static final class RecordingList implements AddImportToNamedListUseCase {

        private final List<ImportFileCommand> imports;
        private final boolean created;
        private final long added;
        private final long already;
        private final List<String> calls = new ArrayList<>();

        RecordingList(List<ImportFileCommand> imports, boolean created, long added, long already) {
            this.imports = imports;
            this.created = created;
            this.added = added;
            this.already = already;
        }

        @Override
        public PreparedList prepare(CampaignListCommand list) {
            calls.add("prepare " + list.name() + " after " + imports.size() + " import(s)");
            return new PreparedList(new CampaignList(new CampaignListId(3), "Spring Mailer", null, 400, T0, T0), created);
        }

        @Override
        public ImportListAddition addImport(CampaignListId list, ImportId importId) {
            calls.add("add import " + importId + " to list " + list + " after " + imports.size() + " import(s)");
            return new ImportListAddition(new CampaignList(list, "Spring Mailer", null, created ? added : 412, T0, T0),
                    added, already);
        }
    }

    private static ImportCommand command(Supplier<ImportFileUseCase> importer) {
        return command(importer, () -> untouchedList());
    }

    private static ImportCommand command(Supplier<ImportFileUseCase> importer,
                                         Supplier<AddImportToNamedListUseCase> toList) {
        return new ImportCommand(importer, toList);
    }

    private ImportFileUseCase useCase(ImportStatus status, String error) {
        return (command, progress) -> {
            received.add(command);
            try {
                contents.add(new String(command.content().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.rowsApplied(40);
            return new ImportOutcome(command.dryRun() ? null : new ImportId(7), ImportFormat.PROPERTYRADAR, status, error,
                    COUNTS, command.dryRun());
        };
    }

    private Path csv(String name) throws IOException {
        return Files.writeString(folder.resolve(name), "Address,ZIP\n1 Main St,02451\n");
    }
}
