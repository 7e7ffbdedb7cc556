package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code crm routes} prints the catalogue of every web route without a database (no DATABASE_URL, nothing started). */
class RoutesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsEveryRouteWithWhoMayUseItWithoutADatabase() {
        int exit = givenCli(Map.of("CRM_ENV", "test")).execute("routes");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().map(line -> line.replaceAll("\\s+", " ")).toList();
        assertThat(lines).contains("GET / signed in", "GET /login anyone", "POST /login anyone", "GET /health anyone",
                "GET /contacts/{id} permission USE_CRM", "POST /settings/invites permission MANAGE_USERS",
                "GET /settings/imports permission MANAGE_IMPORTS", "GET /static/* anyone",
                "POST /webhooks/openphone anyone (signed by the sender)");
        assertThat(lines).doesNotHaveDuplicates().allSatisfy(line -> assertThat(line).matches("(GET|POST) /\\S* \\S.*"));
    }

    @Test
    void isListedInTheHelp() {
        assertThat(givenCli(Map.of()).execute("--help")).isZero();
        assertThat(givenCli(Map.of()).execute("routes", "--help")).isZero();

        assertThat(out.toString()).contains("routes", "Print every web route");
    }

    private CommandLine givenCli(Map<String, String> env) {
        CommandLine cli = CrmCli.create(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }
}
