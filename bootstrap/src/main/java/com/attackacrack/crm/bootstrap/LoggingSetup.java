package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.bootstrap.config.LogFormat;
import java.util.Locale;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Chooses the log format before the first logger exists and routes java.util.logging (Helidon) into Logback. */
public final class LoggingSetup {

    private LoggingSetup() {
    }

    /** Must run before anything touches SLF4J; the format comes from LOG_FORMAT, else JSON in production. */
    public static LogFormat configure(Map<String, String> env) {
        LogFormat format = formatFor(env);
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", format == LogFormat.JSON ? "logback-json.xml" : "logback.xml");
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return format;
    }

    static LogFormat formatFor(Map<String, String> env) {
        String explicit = env.getOrDefault("LOG_FORMAT", "").trim().toLowerCase(Locale.ROOT);
        if (explicit.equals("json")) {
            return LogFormat.JSON;
        }
        if (explicit.equals("text")) {
            return LogFormat.TEXT;
        }
        String environment = env.getOrDefault("CRM_ENV", "development").trim().toLowerCase(Locale.ROOT);
        return environment.startsWith("prod") ? LogFormat.JSON : LogFormat.TEXT;
    }
}
