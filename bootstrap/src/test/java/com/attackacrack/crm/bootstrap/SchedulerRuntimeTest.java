package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresLeaderLock;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.redis.testing.Poll;
import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase;
import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase.TickReport;
import com.attackacrack.crm.application.port.out.LeaderLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Schedulers sharing one real PostgreSQL lock: only the leader ticks, a stopped leader hands over, failures do not stop it. */
class SchedulerRuntimeTest {

    private static final Duration FAST = Duration.ofMillis(100);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final String lockName = "test.scheduler." + UUID.randomUUID();
    private final List<SchedulerRuntime> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(SchedulerRuntime::close);
    }

    @Test
    void ofTwoSchedulersOnOneDatabaseOnlyTheLeaderTicksAndOnlyItAsksForTheTick() {
        Scheduler a = givenScheduler("a");
        Scheduler b = givenScheduler("b");

        Poll.until(WAIT, "ten ticks", () -> a.ticks.get() + b.ticks.get() >= 10);

        Scheduler leader = a.runtime.leading() ? a : b;
        Scheduler follower = leader == a ? b : a;
        assertThat(follower.runtime.leading()).isFalse();
        assertThat(follower.ticks).hasValue(0);
        assertThat(follower.tickRequests).hasValue(0);
        assertThat(leader.tickRequests).hasValue(1);
    }

    @Test
    void whenTheLeaderStopsTheOtherTakesOverWithinSeconds() {
        Scheduler a = givenScheduler("a");
        Scheduler b = givenScheduler("b");
        Poll.until(WAIT, "a leader", () -> a.runtime.leading() || b.runtime.leading());
        Scheduler leader = a.runtime.leading() ? a : b;
        Scheduler follower = leader == a ? b : a;

        leader.runtime.close();
        int ticksAtStop = leader.ticks.get();

        Poll.until(WAIT, "the other scheduler to tick", () -> follower.ticks.get() > 0);
        assertThat(follower.runtime.leading()).isTrue();
        assertThat(leader.runtime.leading()).isFalse();
        assertThat(leader.ticks).hasValue(ticksAtStop);
    }

    @Test
    void aTickThatThrowsDoesNotStopTheLoop() {
        AtomicInteger calls = new AtomicInteger();
        startRuntime(lock(), () -> () -> {
            if (calls.incrementAndGet() <= 3) {
                throw new IllegalStateException("tick " + calls.get() + " failed");
            }
            return new TickReport(0, 1, 0, 0);
        }, () -> { });

        Poll.until(WAIT, "ticks after three failures", () -> calls.get() >= 5);
    }

    @Test
    void aTickSourceThatThrowsIsAskedAgainAtTheNextTick() {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger ticks = new AtomicInteger();
        startRuntime(lock(), () -> {
            if (requests.incrementAndGet() == 1) {
                throw new IllegalStateException("campaign scheduling is not wired yet");
            }
            return countingTick(ticks);
        }, () -> { });

        Poll.until(WAIT, "a tick once the tick could be built", () -> ticks.get() >= 2);
        assertThat(requests).hasValue(2);
    }

    @Test
    void aLockThatCannotBeReachedMeansStandingByUntilItCanBe() {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger ticks = new AtomicInteger();
        LeaderLock flaky = new LeaderLock() {
            @Override
            public boolean tryAcquire() {
                if (attempts.incrementAndGet() <= 3) {
                    throw new IllegalStateException("database down");
                }
                return true;
            }

            @Override
            public void close() {
            }
        };
        SchedulerRuntime runtime = startRuntime(flaky, () -> countingTick(ticks), () -> { });

        Poll.until(WAIT, "ticks once the lock answers", () -> ticks.get() >= 2);
        assertThat(runtime.leading()).isTrue();
        assertThat(attempts.get()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void bothTheLeaderAndTheOneStandingBySendHeartbeats() {
        AtomicInteger leaderBeats = new AtomicInteger();
        AtomicInteger followerBeats = new AtomicInteger();
        SchedulerRuntime first = startRuntime(lock(), () -> countingTick(new AtomicInteger()), leaderBeats::incrementAndGet);
        Poll.until(WAIT, "the first to lead", first::leading);

        startRuntime(lock(), () -> countingTick(new AtomicInteger()), followerBeats::incrementAndGet);

        Poll.until(WAIT, "heartbeats from both", () -> leaderBeats.get() >= 3 && followerBeats.get() >= 3);
    }

    @Test
    void closingReleasesTheLockAtOnce() {
        SchedulerRuntime runtime = startRuntime(lock(), () -> countingTick(new AtomicInteger()), () -> { });
        Poll.until(WAIT, "leading", runtime::leading);

        runtime.close();

        PostgresLeaderLock other = lock();
        try {
            assertThat(other.tryAcquire()).isTrue();
        } finally {
            other.close();
        }
    }

    private record Scheduler(SchedulerRuntime runtime, AtomicInteger ticks, AtomicInteger tickRequests) {
    }

    private Scheduler givenScheduler(String name) {
        AtomicInteger ticks = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        SchedulerRuntime runtime = startRuntime(lock(), () -> {
            requests.incrementAndGet();
            return countingTick(ticks);
        }, () -> { });
        return new Scheduler(runtime, ticks, requests);
    }

    private static RunSchedulerTickUseCase countingTick(AtomicInteger ticks) {
        return () -> {
            ticks.incrementAndGet();
            return new TickReport(0, 0, 0, 0);
        };
    }

    private PostgresLeaderLock lock() {
        return new PostgresLeaderLock(TestDatabase.shared().dataSource(), lockName);
    }

    private SchedulerRuntime startRuntime(LeaderLock lock, Supplier<RunSchedulerTickUseCase> ticks,
                                          Runnable heartbeat) {
        SchedulerRuntime runtime = new SchedulerRuntime("scheduler-" + started.size(), lock, ticks, heartbeat::run, FAST,
                FAST).start();
        started.add(runtime);
        return runtime;
    }
}
