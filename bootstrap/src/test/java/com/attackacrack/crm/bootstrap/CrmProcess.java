package com.attackacrack.crm.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Runs {@code crm} (or another main class) as a real child JVM on the test classpath, for end-to-end tests. */
final class CrmProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private CrmProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static CrmProcess start(String mainClass, Map<String, String> env, String... args) {
        try {
            Path output = Files.createTempFile("crm-process", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", testClassPath(), "-Xmx256m", mainClass));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("CRM_") || key.endsWith("_URL") || key.equals("PORT"));
            builder.environment().putAll(env);
            return new CrmProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    void awaitOutput(String text, Duration timeout) {
        await(() -> output().contains(text), timeout, "output containing '" + text + "'");
    }

    void await(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("process exited (" + process.exitValue() + ") before " + what + ":\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + ":\n" + output());
            }
            sleep(100);
        }
    }

    /** Sends SIGTERM and waits for the exit code. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process ignored SIGTERM for " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, exactly like a crashed or OOM-killed container. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("process still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
