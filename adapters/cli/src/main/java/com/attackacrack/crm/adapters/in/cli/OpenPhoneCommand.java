package com.attackacrack.crm.adapters.in.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm openphone}: the parent of the OpenPhone operator commands; alone it prints their usage. */
@Command(name = "openphone", mixinStandardHelpOptions = true,
        description = "Operate the OpenPhone integration: replay webhook events, reconcile what webhooks missed.")
public final class OpenPhoneCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
