package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.out.Job;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobEntriesTest {

    private static final Instant ENQUEUED = Instant.parse("2025-01-02T03:04:05.678Z");

    @Test
    void payloadFieldsAreNamespacedSoTheyCannotClashWithJobFields() {
        Map<String, String> fields = JobEntries.fields(null, "sms.send", 1, ENQUEUED, Map.of("type", "x", "attempt", "9"));

        assertThat(fields).containsEntry("type", "sms.send").containsEntry("attempt", "1")
                .containsEntry("enqueuedAt", "2025-01-02T03:04:05.678Z")
                .containsEntry("p.type", "x").containsEntry("p.attempt", "9")
                .doesNotContainKey("jobId");
    }

    @Test
    void jobIsBuiltFromFieldsWithTheEntryIdWhenNoJobIdIsStored() {
        Map<String, String> fields = JobEntries.fields(null, "sms.send", 1, ENQUEUED, Map.of("to", "+15550001"));

        Job job = JobEntries.toJob("1-0", fields, 2);

        assertThat(job).isEqualTo(new Job("1-0", "sms.send", Map.of("to", "+15550001"), 2, ENQUEUED));
    }

    @Test
    void withAttemptPinsTheStableIdAndReplacesTheAttempt() {
        Map<String, String> fields = JobEntries.fields(null, "sms.send", 1, ENQUEUED, Map.of());

        Map<String, String> retry = JobEntries.withAttempt(fields, "1-0", 2);

        assertThat(JobEntries.toJob("7-0", retry, 2).id()).isEqualTo("1-0");
        assertThat(retry).containsEntry("attempt", "2");
    }

    @Test
    void entryWithoutTypeIsMalformed() {
        assertThatThrownBy(() -> JobEntries.toJob("1-0", Map.of("attempt", "1"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-0");
    }

    @Test
    void unreadableAttemptCountsAsTheFirst() {
        assertThat(JobEntries.storedAttempt(Map.of("attempt", "x"))).isEqualTo(1);
        assertThat(JobEntries.storedAttempt(Map.of("attempt", "4"))).isEqualTo(4);
    }

    @Test
    void jsonKeepsEveryField() {
        assertThat(JobEntries.toJson(Map.of("p.text", "héllo \"quoted\""))).isEqualTo("{\"p.text\":\"héllo \\\"quoted\\\"\"}");
    }
}
