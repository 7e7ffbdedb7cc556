package com.attackacrack.crm.application.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryHeartbeatRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.port.out.ComponentProbe;
import com.attackacrack.crm.domain.system.ComponentStatus;
import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import com.attackacrack.crm.domain.system.SystemHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckSystemHealthServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryHeartbeatRepository heartbeats = new InMemoryHeartbeatRepository();

    @Test
    void healthyWhenProbesAreUpAndAWorkerBeatRecently() {
        givenWorkerBeatAt(T0.minusSeconds(10));

        SystemHealth health = givenService(up("database"), up("redis")).check();

        assertThat(health.healthy()).isTrue();
        assertThat(health.components()).extracting(ComponentStatus::name).containsExactly("database", "redis", "worker");
        assertThat(health.version()).isEqualTo("0.1.0");
    }

    @Test
    void workerIsDownWhenNoHeartbeatWasEverRecorded() {
        SystemHealth health = givenService(up("database")).check();

        assertThat(worker(health).up()).isFalse();
        assertThat(worker(health).detail()).contains("no worker heartbeat");
    }

    @Test
    void workerIsDownWhenTheLastBeatIsTooOld() {
        givenWorkerBeatAt(T0.minusSeconds(46));

        SystemHealth health = givenService(up("database")).check();

        assertThat(worker(health).up()).isFalse();
        assertThat(worker(health).detail()).contains("46s ago");
    }

    @Test
    void aDownProbeMakesTheSystemUnhealthy() {
        givenWorkerBeatAt(T0);

        SystemHealth health = givenService(up("database"), () -> ComponentStatus.down("redis", "refused", 1)).check();

        assertThat(health.healthy()).isFalse();
    }

    private CheckSystemHealthService givenService(ComponentProbe... probes) {
        return new CheckSystemHealthService(List.of(probes), heartbeats, clock, Duration.ofSeconds(45), "0.1.0");
    }

    private void givenWorkerBeatAt(Instant receivedAt) {
        ProcessInfo process = new ProcessInfo("w-1", ProcessRole.WORKER, "h", "0.1.0", T0.minusSeconds(600));
        heartbeats.record(new Heartbeat(process, receivedAt, receivedAt));
    }

    private static ComponentProbe up(String name) {
        return () -> ComponentStatus.up(name, "ok", 1);
    }

    private static ComponentStatus worker(SystemHealth health) {
        return health.components().stream().filter(c -> c.name().equals("worker")).findFirst().orElseThrow();
    }
}
