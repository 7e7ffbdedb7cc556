package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CrmCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsEveryCommand() {
        int exit = givenCli(Map.of()).execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("serve", "worker", "scheduler", "migrate", "users", "demo-data", "--version");
    }

    @Test
    void versionNamesTheBuild() {
        int exit = givenCli(Map.of()).execute("--version");

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("Attack-a-Crack CRM ").doesNotContain("${project.version}");
    }

    @Test
    void eachCommandHasHelpThatNeedsNoConfiguration() {
        for (String command : new String[] {"serve", "worker", "scheduler", "migrate"}) {
            assertThat(givenCli(Map.of("CRM_ENV", "production")).execute(command, "--help")).isZero();
        }
        assertThat(out.toString()).contains("--port", "--[no-]worker", "Apply every pending database migration",
                "Run the campaign scheduler");
    }

    @Test
    void productionWithNothingSetRefusesToStartAndNamesEveryVariable() {
        int exit = givenCli(Map.of("CRM_ENV", "production")).execute("serve");

        assertThat(exit).isEqualTo(CrmCli.EXIT_CONFIG);
        assertThat(err.toString()).contains("DATABASE_URL", "REDIS_URL", "PUBLIC_BASE_URL", "SESSION_SECRET",
                "OPENPHONE_API_KEY", "OPENPHONE_PHONE_NUMBER_ID", "OPENPHONE_WEBHOOK_SIGNING_KEY");
    }

    @Test
    void migrateAlsoRefusesAnIncompleteProductionConfiguration() {
        int exit = givenCli(Map.of("CRM_ENV", "production")).execute("migrate");

        assertThat(exit).isEqualTo(CrmCli.EXIT_CONFIG);
        assertThat(err.toString()).contains("DATABASE_URL");
    }

    @Test
    void unknownCommandIsAUsageError() {
        int exit = givenCli(Map.of()).execute("frobnicate");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    private CommandLine givenCli(Map<String, String> env) {
        CommandLine cli = CrmCli.create(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }
}
