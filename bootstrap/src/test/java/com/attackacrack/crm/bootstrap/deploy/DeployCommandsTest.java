package com.attackacrack.crm.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.bootstrap.CrmCli;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DeployCommandsTest {

    @Test
    void theImageServesByDefault() {
        assertThat(DeployFiles.dockerCmd()).containsExactly("serve");
    }

    @Test
    void eachRoleOfTheAppSpecRunsItsOwnCommand() {
        Map<String, JsonNode> components = DeployFiles.components(DeployFiles.yaml(DeployFiles.APP_SPEC));

        assertThat(components).containsKeys("web", "worker", "scheduler", "migrate");
        assertThat(commandOf(components.get("web"))).isEqualTo("serve");
        assertThat(commandOf(components.get("worker"))).isEqualTo("worker");
        assertThat(commandOf(components.get("scheduler"))).isEqualTo("scheduler");
        assertThat(commandOf(components.get("migrate"))).isEqualTo("migrate");
    }

    @Test
    void everyCommandNamedByTheDeliveryFilesExists() {
        Set<String> named = new LinkedHashSet<>(DeployFiles.dockerCmd());
        named.addAll(DeployFiles.crmCommandsIn(DeployFiles.read(DeployFiles.DOCKERFILE)));
        for (JsonNode component : DeployFiles.components(DeployFiles.yaml(DeployFiles.APP_SPEC)).values()) {
            named.add(commandOf(component));
        }
        for (String workflow : DeployFiles.WORKFLOWS) {
            named.addAll(DeployFiles.crmCommandsIn(DeployFiles.read(workflow)));
        }

        List<String> failing = new ArrayList<>();
        for (String command : named) {
            if (!hasWorkingHelp(command)) {
                failing.add(command);
            }
        }

        assertThat(named).contains("serve", "worker", "scheduler", "migrate");
        assertThat(failing).as("commands named in Dockerfile, .do/app.yaml or workflows whose --help fails").isEmpty();
    }

    @Test
    void anUnknownCommandWouldBeCaught() {
        assertThat(hasWorkingHelp("no-such-command")).isFalse();
    }

    private static String commandOf(JsonNode component) {
        List<String> commands = DeployFiles.crmCommandsIn(component.path("run_command").asText());
        assertThat(commands).as("run_command of %s", component.path("name").asText()).hasSize(1);
        return commands.get(0);
    }

    /** {@code crm <command> --help} succeeds, and the command is a real subcommand (the root's --help would also exit 0). */
    private static boolean hasWorkingHelp(String command) {
        CommandLine cli = CrmCli.create(Map.of());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.getSubcommands().containsKey(command) && cli.execute(command, "--help") == 0;
    }
}
