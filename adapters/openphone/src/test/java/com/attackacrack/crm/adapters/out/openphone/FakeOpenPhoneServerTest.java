package com.attackacrack.crm.adapters.out.openphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneSignatureVerifier;
import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneWebhookController;
import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer.WebhookDelivery;
import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.application.service.webhook.ReceiveWebhookService;
import com.attackacrack.crm.application.service.webhook.RejectWebhookService;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.attackacrack.crm.domain.webhook.ProviderEvent.MessageEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's webhook side, against the real webhook controller: what it posts is verified, stored and readable. */
class FakeOpenPhoneServerTest {

    private static final String API_KEY = "test-key-5f2a9c";
    private static final String SIGNING_KEY = "Zml4dHVyZS1zaWduaW5nLWtleS1ub3QtYS1zZWNyZXQtMDEyMzQ1Njc4OQ==";
    private static final String LINE = "+16175550100";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final WebServer app = startApp();
    private final URI webhookUrl = URI.create("http://127.0.0.1:" + app.port() + OpenPhoneWebhookController.PATH);
    private final FakeOpenPhoneServer server = FakeOpenPhoneServer.start(API_KEY);
    private final OpenPhoneEventParser parser = new OpenPhoneEventParser();

    @AfterEach
    void stop() {
        server.close();
        app.stop();
    }

    @Test
    void anAcceptedMessageIsReportedDeliveredByASignedWebhookWithTheSameId() {
        server.sendWebhooksTo(webhookUrl, SIGNING_KEY).sendingNumber(LINE);
        SmsSendResult sent = send("PN123abc", "+16175550123", "See you Thursday");

        WebhookDelivery delivery = server.awaitWebhookDeliveries(1, WAIT).get(0);

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.type()).isEqualTo("message.delivered");
        assertThat(delivery.headers()).containsKey("openphone-signature");
        WebhookEvent stored = events.events().get(0);
        assertThat(stored.eventId()).isEqualTo(delivery.eventId());
        assertThat(stored.scheme()).isEqualTo(SignatureScheme.LEGACY);
        ProviderMessage message = ((MessageEvent) parser.parse(stored)).message();
        assertThat(message.providerId()).isEqualTo(sent.providerMessageId());
        assertThat(message.direction()).isEqualTo(MessageDirection.OUTBOUND);
        assertThat(message.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(message.from()).isEqualTo(LINE);
        assertThat(message.to()).containsExactly("+16175550123");
        assertThat(message.text()).isEqualTo("See you Thursday");
    }

    @Test
    void withoutASendingNumberTheRequestsFromIsReportedAndStandardSignaturesWork() {
        server.sendWebhooksTo(webhookUrl, "whsec_" + SIGNING_KEY, SignatureScheme.STANDARD, Duration.ZERO);
        send(LINE, "+16175550123", "Hello");

        WebhookDelivery delivery = server.awaitWebhookDeliveries(1, WAIT).get(0);

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.headers()).containsKeys("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(events.events().get(0).scheme()).isEqualTo(SignatureScheme.STANDARD);
        assertThat(((MessageEvent) parser.parse(events.events().get(0))).message().from()).isEqualTo(LINE);
    }

    @Test
    void anInboundMessageIsPostedAsASignedMessageReceived() {
        server.sendWebhooksTo(webhookUrl, SIGNING_KEY);

        WebhookDelivery delivery = server.sendInboundMessage("+16175550123", LINE, "Is Thursday still on?");

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(server.webhookDeliveries()).containsExactly(delivery);
        ProviderMessage message = ((MessageEvent) parser.parse(events.events().get(0))).message();
        assertThat(message.providerId()).startsWith("AC");
        assertThat(message.direction()).isEqualTo(MessageDirection.INBOUND);
        assertThat(message.status()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(message.from()).isEqualTo("+16175550123");
        assertThat(message.to()).containsExactly(LINE);
        assertThat(message.text()).isEqualTo("Is Thursday still on?");
    }

    @Test
    void anyBodyIsPostedSignedAndTheAppsAnswerIsRecorded() {
        server.sendWebhooksTo(webhookUrl, SIGNING_KEY);

        WebhookDelivery stored = server.postEvent("{\"id\":\"EVraw1\",\"type\":\"call.teleported\"}");
        WebhookDelivery unreadable = server.postEvent("not json");

        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.eventId()).isEqualTo("EVraw1");
        assertThat(stored.type()).isEqualTo("call.teleported");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(server.webhookDeliveries()).extracting(WebhookDelivery::status).containsExactly(200, 400);
    }

    @Test
    void aWrongKeyIsAnswered401AndRecorded() {
        server.sendWebhooksTo(webhookUrl, "b3RoZXIta2V5LW9mLWFub3RoZXItYWNjb3VudC0wMTIzNDU2Nzg5");

        assertThat(server.sendInboundMessage("+16175550123", LINE, "hi").status()).isEqualTo(401);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void anUnreachableAppIsRecordedAsStatusZero() {
        app.stop();
        server.sendWebhooksTo(webhookUrl, SIGNING_KEY);

        WebhookDelivery delivery = server.sendInboundMessage("+16175550123", LINE, "hi");

        assertThat(delivery.status()).isZero();
        assertThat(delivery.error()).isNotBlank();
    }

    @Test
    void withoutATargetNothingIsPostedAndPostingIsRefused() throws InterruptedException {
        send(LINE, "+16175550123", "Hello");
        Thread.sleep(FakeOpenPhoneServer.DEFAULT_WEBHOOK_DELAY.toMillis() * 3);

        assertThat(server.webhookDeliveries()).isEmpty();
        assertThatThrownBy(() -> server.postEvent("{}")).isInstanceOf(IllegalStateException.class);
    }

    private SmsSendResult send(String from, String to, String text) {
        OpenPhoneApiSettings settings = new OpenPhoneApiSettings(server.baseUrl(), API_KEY, from, 10, 1,
                Duration.ofSeconds(5), Duration.ofMillis(10));
        try (OpenPhoneSmsGateway gateway = new OpenPhoneSmsGateway(settings, (bucket, perSecond, wait) -> true)) {
            SmsSendResult result = gateway.send(new OutboundSms(new PhoneNumber(to), text));
            assertThat(result.outcome()).isEqualTo(SmsSendResult.Outcome.ACCEPTED);
            return result;
        }
    }

    private WebServer startApp() {
        DirectTransactionRunner transactions = new DirectTransactionRunner();
        OpenPhoneWebhookController controller = new OpenPhoneWebhookController(
                new ReceiveWebhookService(events, transactions, new RecordingJobQueue()), new RejectWebhookService(events, transactions),
                new OpenPhoneSignatureVerifier(SIGNING_KEY, Clock.systemUTC()), Clock.systemUTC());
        return WebServer.builder().port(0).routing(r -> r.register(controller)).build().start();
    }
}
