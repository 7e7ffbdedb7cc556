package com.attackacrack.crm.bootstrap.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks the configuration class named by {@code CRM_ENV} (development by default) and builds it from the environment. */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static CrmConfig load(Map<String, String> env) {
        String name = env.getOrDefault("CRM_ENV", "development").trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "development", "dev" -> DevelopmentConfig.from(env);
            case "production", "prod" -> ProductionConfig.from(env);
            case "test" -> TestConfig.from(env);
            default -> throw new ConfigException(name,
                    List.of("CRM_ENV must be development, production or test, was '" + name + "'"));
        };
    }
}
