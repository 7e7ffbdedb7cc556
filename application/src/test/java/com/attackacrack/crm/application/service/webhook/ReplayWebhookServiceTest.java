package com.attackacrack.crm.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent.Status;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayWebhookServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");

    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final RecordingJobQueue jobs = new RecordingJobQueue();
    private final ReplayWebhookService service = new ReplayWebhookService(events, jobs, new DirectTransactionRunner());

    @Test
    void aDeadEventIsPutBackAndQueued() {
        long id = givenEvent("EV1");
        events.markFailed(id, "boom", true);

        StoredWebhookEvent replayed = service.replay(id);

        assertThat(replayed.status()).isEqualTo(Status.RECEIVED);
        assertThat(jobs.enqueued()).extracting(RecordingJobQueue.Enqueued::request)
                .containsExactly(new JobRequest("webhook.process", Map.of("event", Long.toString(id))));
    }

    @Test
    void aFailedEventCanBeReplayedByItsEventId() {
        long id = givenEvent("EV1");
        events.markFailed(id, "boom", false);

        StoredWebhookEvent replayed = service.replayByEventId(" EV1 ");

        assertThat(replayed.id()).isEqualTo(id);
        assertThat(replayed.status()).isEqualTo(Status.RECEIVED);
        assertThat(jobs.enqueued()).hasSize(1);
    }

    @Test
    void aProcessedEventIsRefused() {
        long id = givenEvent("EV1");
        events.markProcessed(id, Instant.parse("2026-03-02T14:05:00Z"));

        assertThatThrownBy(() -> service.replay(id))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.INVALID))
                .hasMessage("Event EV1 was processed on 2026-03-02 14:05 UTC; there is nothing to replay");
        assertThat(jobs.enqueued()).isEmpty();
    }

    @Test
    void anUnknownEventIsNotFound() {
        assertThatThrownBy(() -> service.replay(7))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> service.replayByEventId("EV404"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND))
                .hasMessageContaining("EV404");
    }

    private long givenEvent(String eventId) {
        return events.store(new WebhookEvent(eventId, "message.received", "{}", SignatureScheme.STANDARD, T0))
                .orElseThrow();
    }
}
