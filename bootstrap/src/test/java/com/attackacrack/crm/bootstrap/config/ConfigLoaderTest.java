package com.attackacrack.crm.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dataDir;

    @Test
    void developmentIsTheDefaultAndNeedsNothing() {
        CrmConfig config = ConfigLoader.load(Map.of("CRM_DATA_DIR", dataDir.toString()));

        assertThat(config.environment()).isEqualTo(CrmEnvironment.DEVELOPMENT);
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(config.dataDir()).isEqualTo(dataDir);
    }

    @Test
    void developmentKeepsItsSessionSecretAcrossRestarts() {
        Map<String, String> env = Map.of("CRM_DATA_DIR", dataDir.toString());

        Secret first = ConfigLoader.load(env).sessionSecret();
        Secret second = ConfigLoader.load(env).sessionSecret();

        assertThat(first).isEqualTo(second);
        assertThat(first.reveal()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void portComesFromTheEnvironment() {
        CrmConfig config = ConfigLoader.load(Map.of("CRM_ENV", "test", "PORT", "9091"));

        assertThat(config.environment()).isEqualTo(CrmEnvironment.TEST);
        assertThat(config.port()).isEqualTo(9091);
    }

    @Test
    void productionIsChosenByCrmEnv() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("CRM_ENV", "production")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("production");
    }

    @Test
    void unknownEnvironmentIsNamed() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("CRM_ENV", "staging")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("staging");
    }

    @Test
    void badLogFormatIsReported() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("CRM_ENV", "test", "LOG_FORMAT", "xml")))
                .hasMessageContaining("LOG_FORMAT must be one of text|json");
    }

    @Test
    void sessionLifetimeDefaultsToFourteenDaysAndCanBeSet() {
        assertThat(ConfigLoader.load(Map.of("CRM_ENV", "test")).sessionLifetime()).isEqualTo(Duration.ofDays(14));
        assertThat(ConfigLoader.load(Map.of("CRM_ENV", "test", "SESSION_LIFETIME_DAYS", "30")).sessionLifetime())
                .isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("CRM_ENV", "test", "SESSION_LIFETIME_DAYS", "0")))
                .hasMessageContaining("SESSION_LIFETIME_DAYS must be a whole number from 1 to 365");
    }

    @Test
    void heartbeatRetentionDefaultsToADayInHoursAndCanBeSetUpToAYear() {
        assertThat(ConfigLoader.load(Map.of("CRM_ENV", "test")).purge().heartbeatRetention()).isEqualTo(Duration.ofHours(24));
        assertThat(ConfigLoader.load(Map.of("CRM_ENV", "test", "CRM_PURGE_HEARTBEAT_RETENTION_HOURS", "8760")).purge()
                .heartbeatRetention()).isEqualTo(Duration.ofHours(8760));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("CRM_ENV", "test", "CRM_PURGE_HEARTBEAT_RETENTION_HOURS", "0")))
                .hasMessageContaining("CRM_PURGE_HEARTBEAT_RETENTION_HOURS must be a whole number from 1 to 8760");
    }

    @Test
    void clientAddressHeaderIsOptionalAndMustBeAHeaderName() {
        assertThat(ConfigLoader.load(Map.of("CRM_ENV", "test")).clientAddressHeader()).isEmpty();
        assertThat(ConfigLoader.load(Map.of("CRM_ENV", "test", "CLIENT_ADDRESS_HEADER", "do-connecting-ip"))
                .clientAddressHeader()).contains("do-connecting-ip");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("CRM_ENV", "test", "CLIENT_ADDRESS_HEADER", "x y")))
                .hasMessageContaining("CLIENT_ADDRESS_HEADER must be a header name");
    }

    @Test
    void businessTimeZoneDefaultsToNewYork() {
        assertThat(ConfigLoader.load(Map.of("CRM_ENV", "test")).businessZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void businessTimeZoneTakesAnIanaZoneId() {
        assertThat(ConfigLoader.load(Map.of("CRM_ENV", "test", "CRM_BUSINESS_TIME_ZONE", "America/Los_Angeles"))
                .businessZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void badBusinessTimeZoneIsRefusedNamingTheVariableAndTheValue() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("CRM_ENV", "test", "CRM_BUSINESS_TIME_ZONE", "Mars/Olympus")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("CRM_BUSINESS_TIME_ZONE must be a time zone id such as America/New_York, was 'Mars/Olympus'");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("CRM_ENV", "test", "CRM_BUSINESS_TIME_ZONE", "+02:00")))
                .hasMessageContaining("CRM_BUSINESS_TIME_ZONE must be a time zone id such as America/New_York, was '+02:00'");
    }
}
