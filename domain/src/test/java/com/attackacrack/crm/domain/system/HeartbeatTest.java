package com.attackacrack.crm.domain.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void queueLagIsTheTimeBetweenSendingAndReceiving() {
        Heartbeat beat = givenBeat(T0, T0.plusMillis(250));

        assertThat(beat.queueLag()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void queueLagIsNeverNegativeWhenClocksDisagree() {
        Heartbeat beat = givenBeat(T0.plusSeconds(2), T0);

        assertThat(beat.queueLag()).isEqualTo(Duration.ZERO);
    }

    @Test
    void freshWhileYoungerThanTheMaximumAgeInclusive() {
        Heartbeat beat = givenBeat(T0, T0);

        assertThat(beat.isFresh(T0.plusSeconds(45), Duration.ofSeconds(45))).isTrue();
        assertThat(beat.isFresh(T0.plusSeconds(46), Duration.ofSeconds(45))).isFalse();
    }

    static Heartbeat givenBeat(Instant sentAt, Instant receivedAt) {
        ProcessInfo process = new ProcessInfo("worker-1", ProcessRole.WORKER, "host-a", "1.0.0", T0.minusSeconds(60));
        return new Heartbeat(process, sentAt, receivedAt);
    }
}
