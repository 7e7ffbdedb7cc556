package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.bootstrap.config.LogFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoggingSetupTest {

    @Test
    void textByDefaultJsonInProductionAndLogFormatWins() {
        assertThat(LoggingSetup.formatFor(Map.of())).isEqualTo(LogFormat.TEXT);
        assertThat(LoggingSetup.formatFor(Map.of("CRM_ENV", "production"))).isEqualTo(LogFormat.JSON);
        assertThat(LoggingSetup.formatFor(Map.of("LOG_FORMAT", "json"))).isEqualTo(LogFormat.JSON);
        assertThat(LoggingSetup.formatFor(Map.of("CRM_ENV", "production", "LOG_FORMAT", "text"))).isEqualTo(LogFormat.TEXT);
    }
}
