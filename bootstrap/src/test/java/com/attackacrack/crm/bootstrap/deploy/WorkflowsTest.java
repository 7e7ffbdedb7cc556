package com.attackacrack.crm.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowsTest {

    private final JsonNode ci = DeployFiles.yaml(DeployFiles.CI_WORKFLOW);
    private final JsonNode deploy = DeployFiles.yaml(DeployFiles.DEPLOY_WORKFLOW);

    @Test
    void ciRunsOnPushToMainAndOnPullRequests() {
        JsonNode on = DeployFiles.triggers(ci);

        assertThat(texts(on.path("push").path("branches"))).containsExactly("main");
        assertThat(on.has("pull_request")).isTrue();
    }

    @Test
    void ciNamesTheLintSecurityTestAndMigrationSteps() {
        List<String> names = stepNames(ci.path("jobs").path("test"));

        assertThat(names).anyMatch(n -> n.startsWith("Lint"))
                .anyMatch(n -> n.startsWith("Security scan"))
                .anyMatch(n -> n.equals("Tests"))
                .anyMatch(n -> n.equals("Migration test"));
        assertThat(names.indexOf("Tests")).isLessThan(names.indexOf("Migration test"));
    }

    @Test
    void ciStepsRunWhatTheirNamesSay() {
        Map<String, String> runs = stepRuns(ci.path("jobs").path("test"));

        assertThat(runOf(runs, "Lint")).contains("checkstyle:check");
        assertThat(runOf(runs, "Security scan")).contains("verify").doesNotContain("-Dspotbugs.skip");
        assertThat(runOf(runs, "Tests")).contains("./mvnw -B verify");
        assertThat(runOf(runs, "Migration test")).contains("StepByStepMigrationTest", "MigrationsTest", "FlywaySchemaMigratorTest");
    }

    @Test
    void ciTestsAgainstPostgresAndRedisServiceContainers() {
        JsonNode test = ci.path("jobs").path("test");

        assertThat(test.path("services").path("postgres").path("image").asText()).startsWith("postgres:");
        assertThat(test.path("services").path("redis").path("image").asText()).startsWith("redis:");
        assertThat(test.path("env").has("CRM_TEST_DATABASE_URL")).isTrue();
        assertThat(test.path("env").has("CRM_TEST_REDIS_URL")).isTrue();
    }

    @Test
    void theImageIsPushedOnlyFromMainAfterTheTestsWithPinnedTags() {
        JsonNode image = ci.path("jobs").path("image");
        String script = String.join("\n", stepRuns(image).values());

        assertThat(texts(image.path("needs"))).contains("test");
        assertThat(image.path("if").asText()).contains("refs/heads/main").contains("push");
        assertThat(script).contains("doctl registry login").contains("--tag").contains("steps.tags.outputs.sha")
                .doesNotContain(":latest");
        assertThat(image.toString()).contains("digitalocean/action-doctl@v2").contains("DIGITALOCEAN_ACCESS_TOKEN");
    }

    @Test
    void deployIsManualTakesATagAndChecksHealth() {
        JsonNode on = DeployFiles.triggers(deploy);
        JsonNode job = deploy.path("jobs").path("deploy");
        String script = String.join("\n", stepRuns(job).values());

        assertThat(fieldNames(on)).containsExactly("workflow_dispatch");
        assertThat(on.path("workflow_dispatch").path("inputs").has("tag")).isTrue();
        assertThat(script).contains("doctl apps update").contains("/health").doesNotContain(":latest");
        assertThat(deploy.path("env").path("SPEC").asText()).isEqualTo(DeployFiles.APP_SPEC);
    }

    private static List<String> stepNames(JsonNode job) {
        List<String> names = new ArrayList<>();
        job.path("steps").forEach(step -> names.add(step.path("name").asText()));
        return names;
    }

    private static Map<String, String> stepRuns(JsonNode job) {
        Map<String, String> runs = new LinkedHashMap<>();
        job.path("steps").forEach(step -> runs.put(step.path("name").asText(), step.path("run").asText()));
        return runs;
    }

    private static String runOf(Map<String, String> runs, String namePrefix) {
        return runs.entrySet().stream().filter(e -> e.getKey().startsWith(namePrefix)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no step named " + namePrefix));
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> values.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asText());
        }
        return values;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
