package com.attackacrack.crm.bootstrap.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Development: nothing is required; without DATABASE_URL / REDIS_URL the embedded servers start under ./var. */
public final class DevelopmentConfig {

    private DevelopmentConfig() {
    }

    public static CrmConfig from(Map<String, String> env) {
        EnvReader reader = new EnvReader(env);
        Optional<Secret> sessionSecret = reader.secret("SESSION_SECRET", ConfigChecks::longSecret);
        return reader.complete(SharedSettings.read(reader, CrmEnvironment.DEVELOPMENT,
                sessionSecret.orElseGet(() -> DevelopmentSecrets.sessionSecret(dataDir(env))), LogFormat.TEXT, false));
    }

    private static Path dataDir(Map<String, String> env) {
        String dir = env.getOrDefault("CRM_DATA_DIR", "var");
        return Path.of(dir.isBlank() ? "var" : dir).toAbsolutePath().normalize();
    }
}
