package com.attackacrack.crm.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.attackacrack.crm.bootstrap.config.ConfigException;
import com.attackacrack.crm.bootstrap.config.ConfigLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppSpecTest {

    private static final Pattern MISSING = Pattern.compile("^([A-Z][A-Z0-9_]*) is missing");
    private static final Pattern SECRET_LOOKING_KEY = Pattern.compile(".*(SECRET|PASSWORD|TOKEN|_KEY|DSN).*");
    private static final Pattern BINDABLE = Pattern.compile("\\$\\{([a-z0-9-]+)\\.DATABASE_URL}");

    private final JsonNode spec = DeployFiles.yaml(DeployFiles.APP_SPEC);

    @Test
    void productionRequiresTheVariablesThisTestChecks() {
        assertThat(requiredByProduction())
                .contains("DATABASE_URL", "REDIS_URL", "PUBLIC_BASE_URL", "SESSION_SECRET", "OPENPHONE_API_KEY");
    }

    @Test
    void everyComponentGetsEveryVariableProductionRequires() {
        List<String> required = requiredByProduction();
        for (Map.Entry<String, JsonNode> component : DeployFiles.components(spec).entrySet()) {
            Map<String, JsonNode> envs = envsOf(component.getValue());
            assertThat(envs).as("variables %s sees", component.getKey()).containsKeys(required.toArray(String[]::new));
            for (String name : required) {
                JsonNode env = envs.get(name);
                boolean secret = "SECRET".equals(env.path("type").asText());
                assertThat(secret || !env.path("value").asText().isBlank())
                        .as("%s in %s has a value or is a SECRET set in the control panel", name, component.getKey())
                        .isTrue();
            }
            assertThat(envs.get("CRM_ENV")).as("CRM_ENV in %s", component.getKey()).isNotNull();
            assertThat(envs.get("CRM_ENV").path("value").asText()).isEqualTo("production");
        }
    }

    @Test
    void secretsAreDeclaredWithoutAValue() {
        List<JsonNode> all = allEnvs();
        List<String> secretsWithValue = new ArrayList<>();
        List<String> secretLookingPlain = new ArrayList<>();
        for (JsonNode env : all) {
            String key = env.path("key").asText();
            boolean secret = "SECRET".equals(env.path("type").asText());
            if (secret && env.has("value")) {
                secretsWithValue.add(key);
            }
            boolean bound = BINDABLE.matcher(env.path("value").asText()).matches();
            if (!secret && !bound && SECRET_LOOKING_KEY.matcher(key).matches()) {
                secretLookingPlain.add(key);
            }
        }
        assertThat(all.stream().filter(e -> "SECRET".equals(e.path("type").asText()))).isNotEmpty();
        assertThat(secretsWithValue).as("SECRET variables with a value in the repo").isEmpty();
        assertThat(secretLookingPlain).as("secret-looking variables not declared type SECRET").isEmpty();
    }

    @Test
    void connectionsComeFromTheManagedDatabases() {
        Map<String, String> engines = new LinkedHashMap<>();
        for (JsonNode db : spec.path("databases")) {
            engines.put(db.path("name").asText(), db.path("engine").asText());
            assertThat(db.path("production").asBoolean()).as("database %s is a managed cluster", db.path("name")).isTrue();
        }
        Map<String, JsonNode> appEnvs = envsOf(spec);

        assertThat(engines.get(boundDatabase(appEnvs.get("DATABASE_URL")))).isEqualTo("PG");
        assertThat(engines.get(boundDatabase(appEnvs.get("REDIS_URL")))).isIn("VALKEY", "REDIS");
    }

    @Test
    void everyComponentRunsAPinnedImageFromTheRegistry() {
        for (Map.Entry<String, JsonNode> component : DeployFiles.components(spec).entrySet()) {
            JsonNode image = component.getValue().path("image");
            assertThat(image.path("registry_type").asText()).as("%s registry", component.getKey()).isEqualTo("DOCR");
            assertThat(image.path("repository").asText()).as("%s repository", component.getKey()).isEqualTo("crm");
            assertThat(image.path("tag").asText()).as("%s tag", component.getKey()).isNotBlank().isNotEqualTo("latest");
            assertThat(image.path("deploy_on_push").path("enabled").asBoolean(false))
                    .as("%s must not deploy on every push", component.getKey()).isFalse();
        }
    }

    @Test
    void webIsHealthCheckedOnThePortTheImageExposes() {
        JsonNode web = DeployFiles.components(spec).get("web");

        assertThat(web.path("health_check").path("http_path").asText()).isEqualTo("/health");
        assertThat(DeployFiles.read(DeployFiles.DOCKERFILE)).contains("EXPOSE " + web.path("http_port").asInt());
        assertThat(web.path("instance_count").asInt()).isPositive();
        assertThat(web.path("instance_size_slug").asText()).isNotBlank();
        assertThat(spec.path("domains").findValuesAsText("type")).contains("PRIMARY");
    }

    @Test
    void migrationsRunBeforeEachDeployment() {
        assertThat(DeployFiles.components(spec).get("migrate").path("kind").asText()).isEqualTo("PRE_DEPLOY");
    }

    @Test
    void alertsCoverCpuMemoryRestartsDeploymentsAndTheDomain() {
        Set<String> rules = new LinkedHashSet<>(spec.path("alerts").findValuesAsText("rule"));
        for (JsonNode component : DeployFiles.components(spec).values()) {
            rules.addAll(component.path("alerts").findValuesAsText("rule"));
        }

        assertThat(rules).contains("CPU_UTILIZATION", "MEM_UTILIZATION", "RESTART_COUNT", "DEPLOYMENT_FAILED", "DOMAIN_FAILED");
    }

    /** Every variable name ProductionConfig reports missing when nothing is set but CRM_ENV. */
    private static List<String> requiredByProduction() {
        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Map.of("CRM_ENV", "production")));
        assertThat(error).as("production with an empty environment must refuse to start").isNotNull();
        List<String> names = new ArrayList<>();
        for (String problem : error.problems()) {
            Matcher m = MISSING.matcher(problem);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** App-level variables overlaid by the component's own ones, as App Platform merges them. */
    private Map<String, JsonNode> envsOf(JsonNode component) {
        Map<String, JsonNode> envs = new LinkedHashMap<>();
        for (JsonNode env : spec.path("envs")) {
            envs.put(env.path("key").asText(), env);
        }
        for (JsonNode env : component.path("envs")) {
            envs.put(env.path("key").asText(), env);
        }
        return envs;
    }

    private List<JsonNode> allEnvs() {
        List<JsonNode> all = new ArrayList<>();
        spec.path("envs").forEach(all::add);
        DeployFiles.components(spec).values().forEach(c -> c.path("envs").forEach(all::add));
        return all;
    }

    private static String boundDatabase(JsonNode env) {
        assertThat(env).isNotNull();
        Matcher m = BINDABLE.matcher(env.path("value").asText());
        assertThat(m.matches()).as("%s is bound to a database component", env.path("key").asText()).isTrue();
        return m.group(1);
    }
}
