package com.attackacrack.crm.bootstrap.config;

import java.util.Map;
import java.util.Optional;

/** Tests: like development, but a fresh random session secret per run and nothing written outside the test's data dir. */
public final class TestConfig {

    private TestConfig() {
    }

    public static CrmConfig from(Map<String, String> env) {
        EnvReader reader = new EnvReader(env);
        Optional<Secret> sessionSecret = reader.secret("SESSION_SECRET", ConfigChecks::longSecret);
        return reader.complete(SharedSettings.read(reader, CrmEnvironment.TEST,
                sessionSecret.orElseGet(TestConfig::randomSecret), LogFormat.TEXT, false));
    }

    private static Secret randomSecret() {
        return new Secret(RandomSecrets.generate(32));
    }
}
