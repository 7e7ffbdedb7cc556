package com.attackacrack.crm.adapters.in.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm users}: the parent of the user-management commands; alone it prints their usage. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage who can sign in: invite, list, deactivate.")
public final class UsersCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
