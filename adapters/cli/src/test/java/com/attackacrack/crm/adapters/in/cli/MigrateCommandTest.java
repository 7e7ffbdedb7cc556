package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.out.SchemaMigrator.MigrationReport;
import com.attackacrack.crm.application.service.system.MigrateDatabaseService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MigrateCommandTest {

    private final AtomicInteger migrations = new AtomicInteger();
    private final StringWriter out = new StringWriter();

    @Test
    void migratesAndReportsTheAppliedCountAndVersion() {
        int exit = givenCommandLine().execute();

        assertThat(exit).isZero();
        assertThat(migrations).hasValue(1);
        assertThat(out.toString()).contains("Applied 2 migrations; schema is at version 2.");
    }

    @Test
    void helpNeedsNoDatabase() {
        int exit = givenCommandLine().execute("--help");

        assertThat(exit).isZero();
        assertThat(migrations).hasValue(0);
        assertThat(out.toString()).contains("Apply every pending database migration");
    }

    private CommandLine givenCommandLine() {
        CommandLine commandLine = new CommandLine(new MigrateCommand(() -> new MigrateDatabaseService(() -> {
            migrations.incrementAndGet();
            return new MigrationReport(2, "2");
        })));
        commandLine.setOut(new PrintWriter(out));
        return commandLine;
    }
}
