package com.attackacrack.crm.bootstrap;

import java.util.Map;

/** The {@code crm} executable: sets up logging, then hands the arguments to the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        LoggingSetup.configure(env);
        int exitCode = CrmCli.create(env).execute(args);
        System.exit(exitCode);
    }
}
