package com.attackacrack.crm.application.service.system;

import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import com.attackacrack.crm.application.port.out.ComponentProbe;
import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.domain.system.ComponentStatus;
import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessRole;
import com.attackacrack.crm.domain.system.SystemHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Asks every probe, then judges the workers alive when one heartbeat came through the queue recently enough. */
public final class CheckSystemHealthService implements CheckSystemHealthUseCase {

    static final String WORKER = "worker";

    private final List<ComponentProbe> probes;
    private final HeartbeatRepository heartbeats;
    private final Clock clock;
    private final Duration workerMaxSilence;
    private final String version;

    public CheckSystemHealthService(List<ComponentProbe> probes, HeartbeatRepository heartbeats, Clock clock,
                                    Duration workerMaxSilence, String version) {
        this.probes = List.copyOf(probes);
        this.heartbeats = heartbeats;
        this.clock = clock;
        this.workerMaxSilence = workerMaxSilence;
        this.version = version;
    }

    @Override
    public SystemHealth check() {
        List<ComponentStatus> statuses = new ArrayList<>();
        for (ComponentProbe probe : probes) {
            statuses.add(probe.check());
        }
        statuses.add(workerStatus());
        return new SystemHealth(statuses, version, clock.instant());
    }

    private ComponentStatus workerStatus() {
        long started = System.nanoTime();
        Optional<Heartbeat> latest;
        try {
            latest = heartbeats.latest(ProcessRole.WORKER);
        } catch (RuntimeException e) {
            return ComponentStatus.down(WORKER, "heartbeats unreadable: " + e.getMessage(), elapsedMillis(started));
        }
        Instant now = clock.instant();
        if (latest.isEmpty()) {
            return ComponentStatus.down(WORKER, "no worker heartbeat recorded yet", elapsedMillis(started));
        }
        Heartbeat beat = latest.get();
        long ageSeconds = Math.max(0, Duration.between(beat.receivedAt(), now).toSeconds());
        String detail = "last heartbeat " + ageSeconds + "s ago from " + beat.process().processId()
                + ", queue lag " + beat.queueLag().toMillis() + "ms";
        return beat.isFresh(now, workerMaxSilence)
                ? ComponentStatus.up(WORKER, detail, elapsedMillis(started))
                : ComponentStatus.down(WORKER, detail, elapsedMillis(started));
    }

    private static long elapsedMillis(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
