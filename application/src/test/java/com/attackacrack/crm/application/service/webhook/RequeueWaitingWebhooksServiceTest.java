package com.attackacrack.crm.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequeueWaitingWebhooksServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofMinutes(10)));
    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final RecordingJobQueue jobs = new RecordingJobQueue();
    private final RequeueWaitingWebhooksService service = new RequeueWaitingWebhooksService(events, jobs, clock);

    @Test
    void queuesEveryEventStillWaitingThatIsOldEnough() {
        long old = givenEvent("EV1", T0);
        long processed = givenEvent("EV2", T0);
        givenEvent("EV3", T0.plus(Duration.ofMinutes(9)));
        events.markProcessed(processed, T0);

        int count = service.requeueWaiting(Duration.ofMinutes(5));

        assertThat(count).isEqualTo(1);
        assertThat(jobs.enqueued()).singleElement()
                .satisfies(e -> assertThat(e.request().payload()).containsEntry("event", Long.toString(old)));
    }

    @Test
    void queuesNothingWhenNothingWaits() {
        assertThat(service.requeueWaiting(Duration.ZERO)).isZero();
        assertThat(jobs.enqueued()).isEmpty();
    }

    private long givenEvent(String eventId, Instant at) {
        return events.store(new WebhookEvent(eventId, "message.received", "{}", SignatureScheme.STANDARD, at))
                .orElseThrow();
    }
}
