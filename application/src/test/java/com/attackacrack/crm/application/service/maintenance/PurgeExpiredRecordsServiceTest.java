package com.attackacrack.crm.application.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.port.in.maintenance.PurgeExpiredRecordsUseCase.PurgeReport;
import com.attackacrack.crm.application.port.out.ExpiredRecords;
import com.attackacrack.crm.application.port.out.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurgeExpiredRecordsServiceTest {

    private static final Instant NOW = Instant.parse("2025-06-01T03:00:00Z");

    private final RecordingExpiredRecords records = new RecordingExpiredRecords();
    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void purgesSessionsEndedBeforeNowAndTheRestBeforeTheirRetentionAndReportsWhatTheStoreDeleted() {
        PurgeExpiredRecordsService service = new PurgeExpiredRecordsService(records, clock, Duration.ofDays(30),
                Duration.ofDays(7), Duration.ofHours(24));

        PurgeReport report = service.purge();

        assertThat(records.calls).containsExactly("sessions<" + NOW, "invites<" + NOW.minus(Duration.ofDays(30)),
                "webhooks<" + NOW.minus(Duration.ofDays(7)), "heartbeats<" + NOW.minus(Duration.ofHours(24)));
        assertThat(report).isEqualTo(new PurgeReport(3, 2, 5, 4));
        assertThat(report.total()).isEqualTo(14);
    }

    @Test
    void refusesARetentionShorterThanADay() {
        assertThatThrownBy(() -> new PurgeExpiredRecordsService(records, clock, Duration.ofHours(23), Duration.ofDays(1),
                Duration.ofHours(24))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inviteRetention");
        assertThatThrownBy(() -> new PurgeExpiredRecordsService(records, clock, Duration.ofDays(1), Duration.ZERO,
                Duration.ofHours(24))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhookRetention");
    }

    @Test
    void keepsHeartbeatsForAtLeastAnHour() {
        assertThatThrownBy(() -> new PurgeExpiredRecordsService(records, clock, Duration.ofDays(1), Duration.ofDays(1),
                Duration.ofMinutes(59))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heartbeatRetention");

        new PurgeExpiredRecordsService(records, clock, Duration.ofDays(1), Duration.ofDays(1), Duration.ofHours(1)).purge();

        assertThat(records.calls).contains("heartbeats<" + NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void theDailyJobRunsThePurge() {
        PurgeExpiredRecordsHandler handler = new PurgeExpiredRecordsHandler(new PurgeExpiredRecordsService(records, clock,
                PurgeExpiredRecordsService.DEFAULT_INVITE_RETENTION, PurgeExpiredRecordsService.DEFAULT_WEBHOOK_RETENTION,
                PurgeExpiredRecordsService.DEFAULT_HEARTBEAT_RETENTION));

        handler.handle(new Job("1-0", PurgeExpiredRecordsHandler.TYPE, Map.of(), 1, NOW));

        assertThat(handler.jobType()).isEqualTo("maintenance.purge");
        assertThat(records.calls).hasSize(4);
    }

    /** Records each delete with its cutoff and answers fixed counts. */
    private static final class RecordingExpiredRecords implements ExpiredRecords {

        private final List<String> calls = new ArrayList<>();

        @Override
        public int deleteEndedSessions(Instant now) {
            calls.add("sessions<" + now);
            return 3;
        }

        @Override
        public int deleteInvitesEndedBefore(Instant cutoff) {
            calls.add("invites<" + cutoff);
            return 2;
        }

        @Override
        public int deleteProcessedWebhookEventsBefore(Instant cutoff) {
            calls.add("webhooks<" + cutoff);
            return 5;
        }

        @Override
        public int deleteHeartbeatsReceivedBefore(Instant cutoff) {
            calls.add("heartbeats<" + cutoff);
            return 4;
        }
    }
}
