package com.attackacrack.crm.bootstrap.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** The variables every environment reads the same way; each environment adds its own requirements on top. */
final class SharedSettings {

    static final int DEFAULT_PORT = 8080;
    static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024L;
    static final ZoneId DEFAULT_BUSINESS_ZONE = ZoneId.of("America/New_York");

    private SharedSettings() {
    }

    static CrmConfig read(EnvReader reader, CrmEnvironment environment, Secret sessionSecret, LogFormat defaultFormat,
                          boolean requireConnections) {
        int port = reader.integer("PORT", DEFAULT_PORT, 1, 65_535);
        Optional<URI> publicUrl = reader.httpUrl("PUBLIC_BASE_URL", environment == CrmEnvironment.PRODUCTION);
        if (requireConnections) {
            reader.required("DATABASE_URL", "the PostgreSQL connection string (postgres://user:pass@host:port/db)");
            reader.required("REDIS_URL", "the Redis connection string (rediss://user:pass@host:port)");
            reader.required("PUBLIC_BASE_URL", "the https address people and OpenPhone use to reach the app");
        }
        Optional<Secret> databaseUrl = reader.secret("DATABASE_URL", ConfigChecks::postgresUrl);
        Optional<Secret> redisUrl = reader.secret("REDIS_URL", ConfigChecks::redisUrl);
        String redisKeyPrefix = reader.optional("REDIS_KEY_PREFIX").orElse("crm:");
        OpenPhoneConfig openPhone = new OpenPhoneConfig(
                reader.secret("OPENPHONE_API_KEY", ConfigChecks::present),
                reader.httpUrl("OPENPHONE_API_BASE_URL", false).orElse(OpenPhoneConfig.DEFAULT_API_BASE_URL),
                reader.optional("OPENPHONE_PHONE_NUMBER_ID").filter(id -> checkPhoneNumberId(reader, id)),
                reader.secret("OPENPHONE_WEBHOOK_SIGNING_KEY", ConfigChecks::present),
                reader.integer("OPENPHONE_REQUESTS_PER_SECOND", OpenPhoneConfig.DEFAULT_REQUESTS_PER_SECOND, 1, 100));
        Optional<SmtpConfig> smtp = readSmtp(reader);
        Optional<Secret> sentryDsn = reader.secret("SENTRY_DSN", ConfigChecks::sentryDsn);
        Optional<Secret> metricsToken = reader.secret("CRM_METRICS_TOKEN", token -> token.length() >= 20
                ? Optional.empty() : Optional.of("must be at least 20 characters (openssl rand -hex 32)"));
        Duration sessionLifetime = Duration.ofDays(reader.integer("SESSION_LIFETIME_DAYS", 14, 1, 365));
        LogFormat logFormat = reader.choice("LOG_FORMAT", LogFormat.class, defaultFormat);
        Path dataDir = Path.of(reader.optional("CRM_DATA_DIR").orElse("var")).toAbsolutePath().normalize();
        long maxBody = reader.integer("MAX_REQUEST_BODY_BYTES", (int) DEFAULT_MAX_BODY_BYTES, 1024, 512 * 1024 * 1024);
        Optional<String> clientAddressHeader = reader.optional("CLIENT_ADDRESS_HEADER");
        clientAddressHeader.filter(h -> !h.matches("[A-Za-z0-9-]{1,64}")).ifPresent(h ->
                reader.problem("CLIENT_ADDRESS_HEADER must be a header name such as do-connecting-ip, was '" + h + "'"));
        CampaignConfig campaigns = new CampaignConfig(
                Duration.ofSeconds(reader.integer("CAMPAIGN_SEND_LEASE_SECONDS",
                        (int) CampaignConfig.DEFAULT_SEND_LEASE.toSeconds(), 30, 3_600)),
                Duration.ofSeconds(reader.integer("CAMPAIGN_REVIEW_AFTER_SECONDS",
                        (int) CampaignConfig.DEFAULT_REVIEW_AFTER.toSeconds(), 30, 86_400)),
                reader.integer("CAMPAIGN_SENDS_PER_TICK", CampaignConfig.DEFAULT_SENDS_PER_TICK, 1, 10_000));
        PurgeConfig purge = new PurgeConfig(
                Duration.ofDays(reader.integer("CRM_PURGE_INVITE_RETENTION_DAYS", PurgeConfig.DEFAULT_RETENTION_DAYS, 1, 3_650)),
                Duration.ofDays(reader.integer("CRM_PURGE_WEBHOOK_RETENTION_DAYS", PurgeConfig.DEFAULT_RETENTION_DAYS, 1, 3_650)),
                Duration.ofHours(reader.integer("CRM_PURGE_HEARTBEAT_RETENTION_HOURS",
                        PurgeConfig.DEFAULT_HEARTBEAT_RETENTION_HOURS, 1, 8_760)));
        ZoneId businessZone = reader.zone("CRM_BUSINESS_TIME_ZONE", DEFAULT_BUSINESS_ZONE);
        URI baseUrl = publicUrl.orElse(URI.create("http://localhost:" + port));
        return new CrmConfig(environment, port, baseUrl, databaseUrl, redisUrl, redisKeyPrefix, sessionSecret,
                sessionLifetime, openPhone, smtp,
                sentryDsn, logFormat, dataDir, maxBody,
                clientAddressHeader.filter(h -> h.matches("[A-Za-z0-9-]{1,64}")), campaigns, purge, metricsToken,
                businessZone);
    }

    private static boolean checkPhoneNumberId(EnvReader reader, String id) {
        Optional<String> problem = ConfigChecks.phoneNumberId(id);
        problem.ifPresent(p -> reader.problem("OPENPHONE_PHONE_NUMBER_ID " + p));
        return problem.isEmpty();
    }

    private static Optional<SmtpConfig> readSmtp(EnvReader reader) {
        Optional<String> host = reader.optional("SMTP_HOST");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = reader.integer("SMTP_PORT", 587, 1, 65_535);
        Optional<String> from = reader.required("SMTP_FROM", "the sender address for invite mails (needed when SMTP_HOST is set)");
        boolean startTls = !"false".equalsIgnoreCase(reader.optional("SMTP_STARTTLS").orElse("true"));
        return from.map(sender -> new SmtpConfig(host.get(), port, reader.optional("SMTP_USERNAME"),
                reader.secret("SMTP_PASSWORD", ConfigChecks::present), sender, startTls));
    }
}
