package com.attackacrack.crm.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionConfigTest {

    @Test
    void nothingSetNamesEveryMissingVariableAtOnce() {
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> ProductionConfig.from(Map.of()));

        assertThat(String.join("\n", error.problems())).contains("DATABASE_URL", "REDIS_URL", "PUBLIC_BASE_URL",
                "SESSION_SECRET", "OPENPHONE_API_KEY", "OPENPHONE_PHONE_NUMBER_ID", "OPENPHONE_WEBHOOK_SIGNING_KEY");
        assertThat(error.problems()).hasSize(7);
        assertThat(error.getMessage()).contains("7 problems");
    }

    @Test
    void acceptsTheUrlFormsDigitalOceanInjects() {
        CrmConfig config = ProductionConfig.from(givenCompleteEnvironment());

        assertThat(config.production()).isTrue();
        assertThat(config.databaseUrl().orElseThrow().reveal()).startsWith("postgresql://");
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.publicBaseUrl().toString()).isEqualTo("https://crm.attackacrack.com");
        assertThat(config.port()).isEqualTo(8080);
    }

    @Test
    void malformedValuesAreNamedWithoutEchoingSecrets() {
        Map<String, String> env = givenCompleteEnvironment();
        env.put("DATABASE_URL", "mysql://u:hunter2-secret@db/x");
        env.put("SESSION_SECRET", "short-hunter2-secret");
        env.put("PUBLIC_BASE_URL", "http://crm.attackacrack.com");
        env.put("PORT", "eighty");

        ConfigException error = catchThrowableOfType(ConfigException.class, () -> ProductionConfig.from(env));

        assertThat(error.problems()).hasSize(4);
        assertThat(error.getMessage()).contains("DATABASE_URL", "SESSION_SECRET", "PUBLIC_BASE_URL must be an absolute https URL",
                "PORT must be a whole number").doesNotContain("hunter2");
    }

    @Test
    void smtpHostWithoutSenderIsAProblem() {
        Map<String, String> env = givenCompleteEnvironment();
        env.put("SMTP_HOST", "smtp.example.com");

        ConfigException error = catchThrowableOfType(ConfigException.class, () -> ProductionConfig.from(env));

        assertThat(error.problems()).singleElement().asString().contains("SMTP_FROM");
    }

    @Test
    void secretsAreMaskedWhenTheConfigIsPrinted() {
        CrmConfig config = ProductionConfig.from(givenCompleteEnvironment());

        assertThat(config.toString()).doesNotContain("s3cr3t", "op-api-key", "whsec_");
    }

    static Map<String, String> givenCompleteEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", "postgresql://doadmin:s3cr3t@db-postgresql-nyc3-1.b.db.ondigitalocean.com:25060/defaultdb?sslmode=require");
        env.put("REDIS_URL", "rediss://default:s3cr3t@db-redis-nyc3-1.b.db.ondigitalocean.com:25061");
        env.put("PUBLIC_BASE_URL", "https://crm.attackacrack.com");
        env.put("SESSION_SECRET", "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t");
        env.put("OPENPHONE_API_KEY", "op-api-key");
        env.put("OPENPHONE_PHONE_NUMBER_ID", "PNabc123XYZ");
        env.put("OPENPHONE_WEBHOOK_SIGNING_KEY", "whsec_c2VjcmV0");
        return env;
    }
}
