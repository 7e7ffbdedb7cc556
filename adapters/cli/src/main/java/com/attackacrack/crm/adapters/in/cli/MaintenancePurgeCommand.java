package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.maintenance.PurgeExpiredRecordsUseCase;
import com.attackacrack.crm.application.port.in.maintenance.PurgeExpiredRecordsUseCase.PurgeReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crm maintenance purge}: runs the purge the scheduler runs once a day, now, and prints how many rows of each
 * kind (sessions, invites, webhook events, heartbeats) were deleted. Safe to run at any time and any number of times.
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Delete expired or revoked sessions, invites that ended more than CRM_PURGE_INVITE_RETENTION_DAYS ago "
                + "(default 30), webhook events processed more than CRM_PURGE_WEBHOOK_RETENTION_DAYS ago (default 30) "
                + "and the heartbeats of processes silent for more than CRM_PURGE_HEARTBEAT_RETENTION_HOURS (default 24). "
                + "Pending invites, dead letters and unprocessed webhook events are never deleted. The scheduler also "
                + "runs this once a day.")
public final class MaintenancePurgeCommand implements Callable<Integer> {

    private final Supplier<PurgeExpiredRecordsUseCase> purge;

    @Spec
    private CommandSpec spec;

    /** The use case is supplied lazily so that {@code --help} needs no database. */
    public MaintenancePurgeCommand(Supplier<PurgeExpiredRecordsUseCase> purge) {
        this.purge = purge;
    }

    @Override
    public Integer call() {
        PurgeReport report = purge.get().purge();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Purged %,d session(s), %,d invite(s), %,d webhook event(s), %,d heartbeat(s).%n",
                report.sessions(), report.invites(), report.webhookEvents(), report.heartbeats());
        out.flush();
        return 0;
    }
}
