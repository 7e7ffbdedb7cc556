package com.attackacrack.crm.application.service.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryHeartbeatRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Publishing a heartbeat and recording it are two halves of one round trip through the queue. */
class HeartbeatServicesTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final RecordingJobQueue queue = new RecordingJobQueue();
    private final InMemoryHeartbeatRepository heartbeats = new InMemoryHeartbeatRepository();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final ProcessInfo worker = new ProcessInfo("w-1", ProcessRole.WORKER, "host-a", "0.1.0", T0.minusSeconds(5));

    @Test
    void publishEnqueuesAHeartbeatJobDescribingThisProcess() {
        new PublishHeartbeatService(queue, worker, clock).publish();

        JobRequest request = queue.enqueued().get(0).request();
        assertThat(request.type()).isEqualTo("system.heartbeat");
        assertThat(request.payload()).containsEntry("processId", "w-1").containsEntry("role", "worker")
                .containsEntry("sentAt", T0.toString());
    }

    @Test
    void recordingTheJobStoresTheBeatWithItsReceiveTimeInOneTransaction() {
        new PublishHeartbeatService(queue, worker, clock).publish();
        clock.advance(Duration.ofMillis(120));

        new RecordHeartbeatHandler(heartbeats, transactions, clock).handle(givenJobFromQueue());

        Heartbeat stored = heartbeats.latest(ProcessRole.WORKER).orElseThrow();
        assertThat(stored.process()).isEqualTo(worker);
        assertThat(stored.queueLag()).isEqualTo(Duration.ofMillis(120));
        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void aMalformedHeartbeatIsAPermanentFailure() {
        new PublishHeartbeatService(queue, worker, clock).publish();
        Map<String, String> payload = new HashMap<>(queue.enqueued().get(0).request().payload());
        payload.put("startedAt", "yesterday");
        Job job = new Job("j-1", "system.heartbeat", payload, 1, T0);

        assertThatThrownBy(() -> new RecordHeartbeatHandler(heartbeats, transactions, clock).handle(job))
                .isInstanceOf(PermanentJobFailure.class).hasMessageContaining("j-1");
    }

    private Job givenJobFromQueue() {
        JobRequest request = queue.enqueued().get(0).request();
        return new Job("j-1", request.type(), request.payload(), 1, T0);
    }
}
