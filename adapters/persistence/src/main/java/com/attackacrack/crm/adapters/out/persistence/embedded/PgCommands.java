package com.attackacrack.crm.adapters.out.persistence.embedded;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL command-line tools of one installation; as root it wraps them in {@code unshare -U}, since
 * PostgreSQL refuses to run as root and a new user namespace makes the process unprivileged.
 */
final class PgCommands {

    private final Path binDir;
    private final boolean wrapInUserNamespace;

    PgCommands(Path installDir, boolean wrapInUserNamespace) {
        this.binDir = installDir.resolve("bin");
        this.wrapInUserNamespace = wrapInUserNamespace;
    }

    static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Runs the tool to completion with its output appended to {@code log} (or discarded when null); returns the exit code. */
    int run(Path log, Duration timeout, String tool, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(tool, args)).redirectErrorStream(true)
                .redirectOutput(log == null ? Redirect.DISCARD : Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish within " + timeout.toSeconds() + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(tool + " was interrupted", e);
        }
    }

    private List<String> command(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (wrapInUserNamespace) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(binDir.resolve(tool).toString());
        command.addAll(List.of(args));
        return command;
    }
}
