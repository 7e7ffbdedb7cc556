package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.importing.ImportFileCommand;
import com.attackacrack.crm.application.port.in.importing.ImportFileUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportOutcome;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final ImportCounts COUNTS = new ImportCounts(40, 1, 30, 5, 3, 38, 1, 0, 2, 4);

    @TempDir
    Path folder;

    private final List<ImportFileCommand> received = new ArrayList<>();
    private final List<String> contents = new ArrayList<>();

    @Test
    void importsTheFileAndPrintsTheCountsWithAProgressBar() throws IOException {
        Path file = csv("propertyradar.csv");

        CliFixtures.Run run = CliFixtures.Run.of(new ImportCommand(() -> useCase(ImportStatus.COMPLETED, null)),
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
        CliFixtures.Run run = CliFixtures.Run.of(new ImportCommand(() -> useCase(ImportStatus.COMPLETED, null)),
                csv("a.csv").toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(received.get(0).dryRun()).isTrue();
        assertThat(run.out()).contains("Dry run (nothing was saved)").contains("contacts would be");
    }

    @Test
    void aFailedImportExitsNonZeroAndSaysWhereItStopped() throws IOException {
        CliFixtures.Run run = CliFixtures.Run.of(
                new ImportCommand(() -> useCase(ImportStatus.FAILED, "Line 41: quoted field never closed")),
                csv("a.csv").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED").contains("Stopped at: Line 41: quoted field never closed");
    }

    @Test
    void anUnknownFormatOrAMissingFileIsRefusedWithoutImporting() throws IOException {
        CliFixtures.Run unknown = CliFixtures.Run.of(new ImportCommand(() -> useCase(ImportStatus.COMPLETED, null)),
                csv("a.csv").toString(), "--format", "excel");
        CliFixtures.Run missing = CliFixtures.Run.of(new ImportCommand(() -> useCase(ImportStatus.COMPLETED, null)),
                folder.resolve("nope.csv").toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Unknown format 'excel'");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("No such file");
        assertThat(received).isEmpty();
    }

    @Test
    void aSavedMappingNameIsPassedOnForAGenericFile() throws IOException {
        CliFixtures.Run run = CliFixtures.Run.of(new ImportCommand(() -> useCase(ImportStatus.COMPLETED, null)),
                csv("leads.csv").toString(), "--format", "generic", "--mapping", "Agent leads");

        assertThat(run.exitCode()).isZero();
        assertThat(received).singleElement().satisfies(command -> {
            assertThat(command.format()).isEqualTo(ImportFormat.GENERIC);
            assertThat(command.mappingName()).isEqualTo("Agent leads");
        });
    }

    @Test
    void withoutMappingTheNameIsNull() throws IOException {
        CliFixtures.Run.of(new ImportCommand(() -> useCase(ImportStatus.COMPLETED, null)), csv("a.csv").toString());

        assertThat(received).singleElement().satisfies(command -> assertThat(command.mappingName()).isNull());
    }

    @Test
    void anUnknownMappingIsReportedWithTheSavedNames() throws IOException {
        ImportFileUseCase refusing = (command, progress) -> {
            throw com.attackacrack.crm.domain.shared.BusinessRuleException.invalid("No saved column mapping is called '"
                    + command.mappingName() + "'; saved mappings: Agents, Leads");
        };

        CliFixtures.Run run = CliFixtures.Run.of(new ImportCommand(() -> refusing), csv("a.csv").toString(),
                "--mapping", "Nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'Nope'").contains("Agents, Leads");
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
