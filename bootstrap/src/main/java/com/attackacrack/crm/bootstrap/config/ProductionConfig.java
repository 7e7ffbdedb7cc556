package com.attackacrack.crm.bootstrap.config;

import java.util.Map;
import java.util.Optional;

/** Production: every connection, the public URL, the session secret and the OpenPhone keys must be set, or nothing starts. */
public final class ProductionConfig {

    private ProductionConfig() {
    }

    public static CrmConfig from(Map<String, String> env) {
        EnvReader reader = new EnvReader(env);
        reader.required("SESSION_SECRET", "a random string of at least 32 characters that signs session data");
        Optional<Secret> sessionSecret = reader.secret("SESSION_SECRET", ConfigChecks::longSecret);
        reader.required("OPENPHONE_API_KEY", "the OpenPhone API key used to send SMS");
        reader.required("OPENPHONE_PHONE_NUMBER_ID", "the OpenPhone number campaigns send from (PN... id)");
        reader.required("OPENPHONE_WEBHOOK_SIGNING_KEY", "the key OpenPhone signs webhooks with");
        return reader.complete(SharedSettings.read(reader, CrmEnvironment.PRODUCTION,
                sessionSecret.orElse(new Secret("")), LogFormat.JSON, true));
    }
}
