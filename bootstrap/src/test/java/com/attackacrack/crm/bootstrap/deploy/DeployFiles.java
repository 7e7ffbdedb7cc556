package com.attackacrack.crm.bootstrap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** Finds and reads the delivery files (Dockerfile, .do/app.yaml, workflows) from the repository root for the deploy tests. */
final class DeployFiles {

    static final String DOCKERFILE = "Dockerfile";
    static final String APP_SPEC = ".do/app.yaml";
    static final String CI_WORKFLOW = ".github/workflows/ci.yml";
    static final String DEPLOY_WORKFLOW = ".github/workflows/deploy.yml";
    static final List<String> WORKFLOWS = List.of(CI_WORKFLOW, DEPLOY_WORKFLOW);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern DOCKER_CMD = Pattern.compile("(?m)^CMD\\s+(\\[.*])\\s*$");
    /**
     * A crm command as a run_command or a shell line starts it: {@code crm worker}, {@code scripts/crm migrate} (at the
     * start of a line), or {@code java -jar /app/crm.jar migrate} anywhere.
     */
    private static final Pattern CRM_INVOCATION =
            Pattern.compile("(?:^\\s*(?:\\./)?(?:scripts/)?crm|crm\\.jar)\\s+([a-z][a-z-]*)");

    private DeployFiles() {
    }

    /** The repository root: the nearest folder upwards holding the parent pom and the Maven wrapper. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("bootstrap"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (mvnw + bootstrap/) above " + Path.of("").toAbsolutePath());
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(String relative) {
        try {
            return YAML.readTree(read(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + relative, e);
        }
    }

    /** The Dockerfile's default command (its CMD in exec form), e.g. {@code [serve]}. */
    static List<String> dockerCmd() {
        Matcher m = DOCKER_CMD.matcher(read(DOCKERFILE));
        if (!m.find()) {
            throw new AssertionError("the Dockerfile has no CMD in exec form");
        }
        try {
            JsonNode array = new ObjectMapper().readTree(m.group(1));
            return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every crm command named by a line of text ({@code crm worker}, {@code crm.jar migrate}, ...). */
    static List<String> crmCommandsIn(String text) {
        List<String> commands = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = CRM_INVOCATION.matcher(line);
            while (m.find()) {
                commands.add(m.group(1));
            }
        }
        return commands;
    }

    /** Every App Platform component (services, workers, jobs) by name, in spec order. */
    static Map<String, JsonNode> components(JsonNode spec) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (String section : List.of("services", "workers", "jobs")) {
            for (JsonNode component : spec.path(section)) {
                byName.put(component.path("name").asText(), component);
            }
        }
        return byName;
    }

    /** The workflow's {@code on:} block; YAML 1.1 reads a bare {@code on} key as boolean true. */
    static JsonNode triggers(JsonNode workflow) {
        return workflow.has("on") ? workflow.get("on") : workflow.path("true");
    }
}
