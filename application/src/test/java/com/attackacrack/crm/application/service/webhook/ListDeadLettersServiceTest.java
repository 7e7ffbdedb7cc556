package com.attackacrack.crm.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListDeadLettersServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");

    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final ListDeadLettersService service = new ListDeadLettersService(events);

    @Test
    void listsOnlyDeadEventsNewestFirst() {
        long older = givenEvent("EV1", T0);
        givenEvent("EV2", T0.plusSeconds(1));
        long newer = givenEvent("EV3", T0.plusSeconds(2));
        events.markFailed(older, "boom", true);
        events.markFailed(newer, "bang", true);

        assertThat(service.deadLetters(10)).extracting(StoredWebhookEvent::id).containsExactly(newer, older);
        assertThat(service.deadLetters(1)).extracting(StoredWebhookEvent::id).containsExactly(newer);
    }

    @Test
    void refusesALimitOutOfRange() {
        assertThatThrownBy(() -> service.deadLetters(0)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> service.deadLetters(501)).isInstanceOf(BusinessRuleException.class);
    }

    private long givenEvent(String eventId, Instant at) {
        return events.store(new WebhookEvent(eventId, "message.received", "{}", SignatureScheme.STANDARD, at))
                .orElseThrow();
    }
}
