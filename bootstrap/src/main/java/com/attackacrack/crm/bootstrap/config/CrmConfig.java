package com.attackacrack.crm.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything a CRM process needs to know about its surroundings, built from environment variables by
 * {@link DevelopmentConfig}, {@link ProductionConfig} or {@link TestConfig}. An empty database or Redis URL means
 * "start the embedded server" (development and tests only). {@code businessZone} is the business's time zone: the
 * dashboard's days and a new campaign's default sending window are in it.
 */
public record CrmConfig(
        CrmEnvironment environment,
        int port,
        URI publicBaseUrl,
        Optional<Secret> databaseUrl,
        Optional<Secret> redisUrl,
        String redisKeyPrefix,
        Secret sessionSecret,
        Duration sessionLifetime,
        OpenPhoneConfig openPhone,
        Optional<SmtpConfig> smtp,
        Optional<Secret> sentryDsn,
        LogFormat logFormat,
        Path dataDir,
        long maxRequestBodyBytes,
        Optional<String> clientAddressHeader,
        CampaignConfig campaigns,
        PurgeConfig purge,
        Optional<Secret> metricsToken,
        ZoneId businessZone) {

    public boolean production() {
        return environment == CrmEnvironment.PRODUCTION;
    }

    /** The same configuration on another port; a default {@code http://localhost:PORT} public URL follows the port. */
    public CrmConfig withPort(int newPort) {
        URI baseUrl = publicBaseUrl.equals(URI.create("http://localhost:" + port))
                ? URI.create("http://localhost:" + newPort) : publicBaseUrl;
        return new CrmConfig(environment, newPort, baseUrl, databaseUrl, redisUrl, redisKeyPrefix, sessionSecret,
                sessionLifetime, openPhone, smtp, sentryDsn, logFormat, dataDir, maxRequestBodyBytes,
                clientAddressHeader, campaigns, purge, metricsToken, businessZone);
    }
}
