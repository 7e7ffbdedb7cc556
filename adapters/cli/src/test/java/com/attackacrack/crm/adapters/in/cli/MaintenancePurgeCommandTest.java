package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.cli.CliFixtures.Run;
import com.attackacrack.crm.application.port.in.maintenance.PurgeExpiredRecordsUseCase;
import com.attackacrack.crm.application.port.in.maintenance.PurgeExpiredRecordsUseCase.PurgeReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MaintenancePurgeCommandTest {

    private int purges;

    @Test
    void purgesAndPrintsTheCountsPerKind() {
        Run run = Run.of(command());

        assertThat(run.exitCode()).isZero();
        assertThat(purges).isOne();
        assertThat(run.out()).contains("Purged 3 session(s), 1 invite(s), 1,204 webhook event(s), 7 heartbeat(s).");
    }

    @Test
    void helpNeedsNoDatabaseAndNamesTheRetentionVariables() {
        Run run = Run.of(command(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(purges).isZero();
        assertThat(run.out()).contains("CRM_PURGE_INVITE_RETENTION_DAYS", "CRM_PURGE_WEBHOOK_RETENTION_DAYS",
                "CRM_PURGE_HEARTBEAT_RETENTION_HOURS");
    }

    @Test
    void theParentAlonePrintsItsUsage() {
        StringWriter out = new StringWriter();
        CommandLine parent = new CommandLine(new MaintenanceCommand()).addSubcommand("purge", command());
        parent.setOut(new PrintWriter(out, true));

        int exit = parent.execute();

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: maintenance").contains("purge");
        assertThat(purges).isZero();
    }

    private MaintenancePurgeCommand command() {
        PurgeExpiredRecordsUseCase purge = () -> {
            purges++;
            return new PurgeReport(3, 1, 1_204, 7);
        };
        return new MaintenancePurgeCommand(() -> purge);
    }
}
