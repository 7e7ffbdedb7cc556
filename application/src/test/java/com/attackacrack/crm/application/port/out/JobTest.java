package com.attackacrack.crm.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobTest {

    @Test
    void requireReturnsThePayloadField() {
        assertThat(givenJob().require("contactId")).isEqualTo("42");
    }

    @Test
    void requireOfAMissingFieldIsAPermanentFailureNamingJobAndField() {
        assertThatThrownBy(() -> givenJob().require("nope"))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("j-7").hasMessageContaining("nope");
    }

    @Test
    void attemptsStartAtOne() {
        assertThatThrownBy(() -> new Job("j", "a.b", Map.of(), 0, Instant.EPOCH)).hasMessageContaining("attempt");
    }

    private static Job givenJob() {
        return new Job("j-7", "a.b", Map.of("contactId", "42"), 1, Instant.EPOCH);
    }
}
