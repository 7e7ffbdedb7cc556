package com.attackacrack.crm.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository.Rejection;
import com.attackacrack.crm.application.port.in.webhook.RejectWebhookCommand;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RejectWebhookServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");

    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final RejectWebhookService service = new RejectWebhookService(events, transactions);

    @Test
    void aRejectedDeliveryIsKeptWithItsReasonInOneTransaction() {
        service.reject(new RejectWebhookCommand("{not json", " malformed JSON ", T0));

        assertThat(events.rejections()).containsExactly(new Rejection("{not json", "malformed JSON", T0));
        assertThat(events.events()).isEmpty();
        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> new RejectWebhookCommand("{", " ", T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
