package com.attackacrack.crm.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent.Status;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceiveWebhookServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");

    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final RecordingJobQueue jobs = new RecordingJobQueue();
    private final ReceiveWebhookService service = new ReceiveWebhookService(events, transactions, jobs);

    @Test
    void aNewEventIsStoredInOneTransactionAndQueuedForProcessing() {
        WebhookEvent event = givenEvent("EV1");

        boolean fresh = service.receive(event);

        assertThat(fresh).isTrue();
        assertThat(events.events()).containsExactly(event);
        assertThat(transactions.units()).isEqualTo(1);
        assertThat(jobs.enqueued()).extracting(RecordingJobQueue.Enqueued::request)
                .containsExactly(new JobRequest("webhook.process", Map.of("event", "1")));
    }

    @Test
    void aRedeliveryIsNotNewAndChangesNothing() {
        WebhookEvent first = givenEvent("EV1");
        service.receive(first);

        boolean fresh = service.receive(new WebhookEvent("EV1", "message.received", "{}", SignatureScheme.STANDARD,
                T0.plusSeconds(60)));

        assertThat(fresh).isFalse();
        assertThat(events.events()).containsExactly(first);
        assertThat(jobs.enqueued()).hasSize(1);
    }

    @Test
    void whenTheQueueIsDownTheEventIsStillAcceptedAndWaitsAsReceived() {
        jobs.failWith(new IllegalStateException("redis down"));

        boolean fresh = service.receive(givenEvent("EV1"));

        assertThat(fresh).isTrue();
        assertThat(events.find(1).orElseThrow().status()).isEqualTo(Status.RECEIVED);
        assertThat(events.waiting(T0.plusSeconds(1), 10)).containsExactly(1L);
    }

    private static WebhookEvent givenEvent(String id) {
        return new WebhookEvent(id, "message.received", "{\"id\":\"" + id + "\"}", SignatureScheme.LEGACY, T0);
    }
}
