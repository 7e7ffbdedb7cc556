package com.attackacrack.crm.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.bootstrap.CrmCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The operator scripts in {@code scripts/maintenance/}: each parses ({@code bash -n}) and answers {@code --help};
 * the crm command they run exists; backup.sh and restore.sh round-trip a real database (skipped outside CI when
 * pg_dump is missing) and never print the connection URL.
 */
class MaintenanceScriptsTest {

    private static final List<String> SCRIPTS = List.of("backup.sh", "restore.sh", "rollback.sh", "purge.sh");

    @TempDir
    Path folder;

    @Test
    void everyScriptParsesAndHasHelp() throws Exception {
        for (String script : SCRIPTS) {
            Path path = script(script);
            assertThat(Files.isExecutable(path)).as("%s is executable", script).isTrue();
            assertThat(Files.readString(path)).as(script).startsWith("#!/usr/bin/env bash").contains("set -euo pipefail");
            assertThat(run(Map.of(), "bash", "-n", path.toString()).exit()).as("bash -n %s", script).isZero();

            Result help = run(Map.of(), path.toString(), "--help");

            assertThat(help.exit()).as("%s --help: %s", script, help.err()).isZero();
            assertThat(help.out()).as(script).startsWith("Usage: ");
        }
        assertThat(run(Map.of(), "bash", "-n", script("pg-env.sh").toString()).exit()).isZero();
    }

    @Test
    void purgeRunsACommandThatExistsAndRollbackRunsTheDeployWorkflowsInput() {
        assertThat(read("purge.sh")).contains("crm maintenance purge");
        assertThat(hasWorkingHelp("maintenance", "purge")).isTrue();
        assertThat(read("rollback.sh")).contains("gh workflow run deploy.yml").contains("-f tag=");
        assertThat(DeployFiles.read(DeployFiles.DEPLOY_WORKFLOW)).containsPattern("(?m)^ {6}tag:$");
    }

    @Test
    void backupAndRestoreRefuseWithoutTheirDatabaseOrConfirmation() throws Exception {
        Result backup = run(Map.of(), script("backup.sh").toString(), "--out", folder.toString());
        Path garbage = Files.writeString(folder.resolve("garbage.dump"), "not a dump");
        Result unreadable = run(Map.of("TARGET_DATABASE_URL", "postgres://u:secret@localhost:1/db"),
                script("restore.sh").toString(), "--yes", garbage.toString());
        Result noTarget = run(Map.of(), script("restore.sh").toString(), "--yes", garbage.toString());

        assertThat(backup.exit()).isEqualTo(2);
        assertThat(backup.err()).contains("DATABASE_URL is not set");
        assertThat(noTarget.exit()).isEqualTo(2);
        assertThat(noTarget.err()).contains("TARGET_DATABASE_URL is not set");
        if (pgToolsPresent()) {
            assertThat(unreadable.exit()).isEqualTo(1);
            assertThat(unreadable.err()).contains("not a readable pg_dump").doesNotContain("secret");
        }
    }

    @Test
    void backupThenRestoreIntoAnotherDatabaseGivesTheSameRows() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeThat(ci || pgToolsPresent()).as("pg_dump and pg_restore are installed (always required in CI)").isTrue();
        PostgresUrl source = TestDatabase.freshDatabase("crm_backup_source");
        PostgresUrl target = TestDatabase.freshDatabase("crm_backup_target");
        execute(source, """
                create table contacts (id bigint primary key, name text not null, note text);
                insert into contacts select n, 'Person ' || n, case when n % 2 = 0 then 'even' end
                from generate_series(1, 250) n;
                """);
        Path out = folder.resolve("backups");

        Result backup = run(Map.of("DATABASE_URL", url(source)), script("backup.sh").toString(), "--out", out.toString());
        assumeThat(ci || !backup.err().contains("server version mismatch"))
                .as("the local pg_dump is as new as the test server").isTrue();
        assertThat(backup.exit()).as(backup.err()).isZero();
        List<Path> dumps;
        try (Stream<Path> files = Files.list(out)) {
            dumps = files.toList();
        }
        assertThat(dumps).hasSize(1);
        assertThat(dumps.get(0).getFileName().toString()).matches("crm-\\d{8}T\\d{6}Z\\.dump");
        Path dump = dumps.get(0);

        Result unconfirmed = run(Map.of("TARGET_DATABASE_URL", url(target)), script("restore.sh").toString(),
                dump.toString());
        Result restore = run(Map.of("TARGET_DATABASE_URL", url(target)), script("restore.sh").toString(), "--yes",
                dump.toString());

        assertThat(unconfirmed.exit()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("--yes");
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(rows(target)).isEqualTo(rows(source)).hasSize(250);
        for (Result result : List.of(backup, unconfirmed, restore)) {
            String printed = result.out() + result.err();
            assertThat(printed).doesNotContain(url(source)).doesNotContain(url(target)).doesNotContain("postgres://");
            if (source.password() != null && !source.password().isEmpty()) {
                assertThat(printed).doesNotContain(source.password());
            }
        }
    }

    private static boolean pgToolsPresent() {
        try {
            return run(Map.of(), "pg_dump", "--version").exit() == 0 && run(Map.of(), "pg_restore", "--version").exit() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean hasWorkingHelp(String... command) {
        CommandLine cli = CrmCli.create(Map.of());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        return cli.execute(args) == 0;
    }

    private static Path script(String name) {
        return DeployFiles.root().resolve("scripts/maintenance").resolve(name);
    }

    private static String read(String name) {
        return DeployFiles.read("scripts/maintenance/" + name);
    }

    private static String url(PostgresUrl url) {
        String credentials = url.username() == null ? ""
                : encode(url.username()) + (url.password() == null ? "" : ":" + encode(url.password())) + "@";
        return "postgres://" + credentials + url.host() + ":" + url.port() + "/" + url.database();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void execute(PostgresUrl database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(PostgresUrl database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "select id || '|' || name || '|' || coalesce(note, '-') from contacts order by id")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static Result run(Map<String, String> extraEnv, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.remove("DATABASE_URL");
        env.remove("TARGET_DATABASE_URL");
        env.putAll(new HashMap<>(extraEnv));
        Path out = Files.createTempFile("script-out", ".txt");
        Path err = Files.createTempFile("script-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Result(int exit, String out, String err) {
    }
}
