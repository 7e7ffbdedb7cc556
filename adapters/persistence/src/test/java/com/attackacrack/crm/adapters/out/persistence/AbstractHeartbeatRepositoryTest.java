package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link HeartbeatRepository} must show; subclasses supply an empty repository. */
abstract class AbstractHeartbeatRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");

    /** An empty repository for one test. */
    protected abstract HeartbeatRepository repository();

    @Test
    void recordedHeartbeatIsTheLatestOfItsRole() {
        HeartbeatRepository repository = repository();
        Heartbeat beat = givenBeat("worker-1", ProcessRole.WORKER, 0);

        repository.record(beat);

        assertThat(repository.latest(ProcessRole.WORKER)).contains(beat);
    }

    @Test
    void aNewerHeartbeatOfTheSameProcessReplacesTheOlder() {
        HeartbeatRepository repository = repository();
        repository.record(givenBeat("worker-1", ProcessRole.WORKER, 0));
        Heartbeat newer = givenBeat("worker-1", ProcessRole.WORKER, 30);

        repository.record(newer);

        assertThat(repository.all()).containsExactly(newer);
    }

    @Test
    void anOlderHeartbeatNeverReplacesANewerOne() {
        HeartbeatRepository repository = repository();
        Heartbeat newer = givenBeat("worker-1", ProcessRole.WORKER, 30);
        repository.record(newer);

        repository.record(givenBeat("worker-1", ProcessRole.WORKER, 0));

        assertThat(repository.all()).containsExactly(newer);
    }

    @Test
    void latestIsTheMostRecentlyReceivedProcessOfTheRole() {
        HeartbeatRepository repository = repository();
        repository.record(givenBeat("worker-1", ProcessRole.WORKER, 10));
        Heartbeat newest = givenBeat("worker-2", ProcessRole.WORKER, 20);
        repository.record(newest);
        repository.record(givenBeat("serve-1", ProcessRole.SERVE, 30));

        assertThat(repository.latest(ProcessRole.WORKER)).contains(newest);
    }

    @Test
    void latestOfARoleWithoutHeartbeatsIsEmpty() {
        HeartbeatRepository repository = repository();
        repository.record(givenBeat("serve-1", ProcessRole.SERVE, 0));

        assertThat(repository.latest(ProcessRole.SCHEDULER)).isEmpty();
    }

    @Test
    void allListsTheNewestHeartbeatFirst() {
        HeartbeatRepository repository = repository();
        Heartbeat oldest = givenBeat("scheduler-1", ProcessRole.SCHEDULER, 0);
        Heartbeat newest = givenBeat("worker-1", ProcessRole.WORKER, 20);
        Heartbeat middle = givenBeat("serve-1", ProcessRole.SERVE, 10);
        repository.record(oldest);
        repository.record(newest);
        repository.record(middle);

        assertThat(repository.all()).containsExactly(newest, middle, oldest);
    }

    static Heartbeat givenBeat(String processId, ProcessRole role, long receivedAfterSeconds) {
        ProcessInfo process = new ProcessInfo(processId, role, "host-a", "1.2.3", T0.minusSeconds(3600));
        Instant received = T0.plusSeconds(receivedAfterSeconds);
        return new Heartbeat(process, received.minusMillis(250), received);
    }
}
