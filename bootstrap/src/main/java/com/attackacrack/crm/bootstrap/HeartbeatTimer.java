package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.application.port.in.system.PublishHeartbeatUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes a process's heartbeat at a fixed interval on a daemon thread of its own until closed. */
final class HeartbeatTimer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatTimer.class);

    private final ScheduledExecutorService timer;

    private HeartbeatTimer(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Publishes now and then every {@code interval}; a failed publish is logged and the next one tried on time. */
    static HeartbeatTimer start(PublishHeartbeatUseCase heartbeat, Duration interval, String role) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("crm-heartbeat").daemon(true).factory());
        timer.scheduleAtFixedRate(() -> publishQuietly(heartbeat, role), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return new HeartbeatTimer(timer);
    }

    private static void publishQuietly(PublishHeartbeatUseCase heartbeat, String role) {
        try {
            heartbeat.publish();
        } catch (RuntimeException e) {
            LOG.warn("Could not publish the {} heartbeat: {}", role, e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
