package com.attackacrack.crm.application.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.application.port.out.RecurringTaskClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleMaintenanceServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T03:00:00Z"));
    private final ExpiringClaims claims = new ExpiringClaims(clock);
    private final RecordingJobQueue jobs = new RecordingJobQueue();

    @Test
    void queuesThePurgeOnceADayHoweverOftenTheSchedulerTicks() {
        ScheduleMaintenanceService schedule = new ScheduleMaintenanceService(claims, jobs);

        boolean first = schedule.scheduleDue();
        clock.advance(Duration.ofSeconds(5));
        boolean second = schedule.scheduleDue();
        clock.advance(Duration.ofHours(23));
        boolean nearlyADayLater = schedule.scheduleDue();
        clock.advance(Duration.ofHours(1));
        boolean aDayLater = schedule.scheduleDue();

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(nearlyADayLater).isFalse();
        assertThat(aDayLater).isTrue();
        assertThat(jobs.enqueued()).extracting(it -> it.request().type())
                .containsExactly("maintenance.purge", "maintenance.purge");
    }

    @Test
    void aRestartedSchedulerFindsTheClaimAndDoesNotQueueAgain() {
        new ScheduleMaintenanceService(claims, jobs).scheduleDue();

        boolean afterRestart = new ScheduleMaintenanceService(claims, jobs).scheduleDue();

        assertThat(afterRestart).isFalse();
        assertThat(jobs.enqueued()).hasSize(1);
    }

    @Test
    void givesTheClaimBackWhenTheQueueIsDownSoTheNextTickRetries() {
        ScheduleMaintenanceService schedule = new ScheduleMaintenanceService(claims, jobs);
        jobs.failWith(new IllegalStateException("redis down"));

        assertThatThrownBy(schedule::scheduleDue).hasMessage("redis down");
        jobs.failWith(null);
        boolean retried = schedule.scheduleDue();

        assertThat(retried).isTrue();
        assertThat(jobs.enqueued()).hasSize(1);
    }

    /** Claims that expire after their period by the test's clock, as the Redis keys do by Redis's. */
    private static final class ExpiringClaims implements RecurringTaskClaims {

        private final MutableClock clock;
        private final Map<String, Instant> until = new HashMap<>();

        ExpiringClaims(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public boolean claim(String task, Duration period) {
            Instant now = clock.instant();
            Instant held = until.get(task);
            if (held != null && now.isBefore(held)) {
                return false;
            }
            until.put(task, now.plus(period));
            return true;
        }

        @Override
        public void release(String task) {
            until.remove(task);
        }
    }
}
