package com.attackacrack.crm.adapters.in.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm maintenance}: the parent of the housekeeping commands; alone it prints their usage. */
@Command(name = "maintenance", mixinStandardHelpOptions = true,
        description = "Housekeeping of the database: purge expired sessions, old invites and processed webhook ids.")
public final class MaintenanceCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
