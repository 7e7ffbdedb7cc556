package com.attackacrack.crm.adapters.in.webhook.openphone;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.service.webhook.ReceiveWebhookService;
import com.attackacrack.crm.application.service.webhook.RejectWebhookService;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenPhoneWebhookControllerTest {

    private static final String KEY = Fixtures.vectors().get("legacy").get("signing_key_base64").asText();
    private static final String OTHER_KEY = "b3RoZXIta2V5LW9mLWFub3RoZXItYWNjb3VudC0wMTIzNDU2Nzg5";
    private static final Instant NOW = Instant.parse("2026-03-02T14:03:11.120Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    @BeforeEach
    void givenAServerWithTheSigningKey() {
        start(new OpenPhoneSignatureVerifier("whsec_" + KEY, clock));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void everyFixturePayloadSignedEitherWayIsAcceptedAndStoredOnce() throws Exception {
        for (String type : Fixtures.PAYLOADS) {
            byte[] body = Fixtures.payload(type);

            HttpResponse<String> legacy = post(body, Fixtures.legacy(KEY, NOW.toEpochMilli(), body));
            HttpResponse<String> standard = post(body, Fixtures.standard(KEY, "msg_" + type, NOW.getEpochSecond(), body));

            assertThat(legacy.statusCode()).as(type).isEqualTo(200);
            assertThat(legacy.body()).isEqualTo("{\"received\":true,\"duplicate\":false}");
            assertThat(legacy.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("application/json"));
            assertThat(standard.statusCode()).as(type).isEqualTo(200);
            assertThat(standard.body()).isEqualTo("{\"received\":true,\"duplicate\":true}");
        }
        assertThat(events.events()).hasSize(Fixtures.PAYLOADS.size());
        WebhookEvent first = events.events().get(0);
        assertThat(first.eventId()).isEqualTo("EVpub0000000001");
        assertThat(first.type()).isEqualTo("message.received");
        assertThat(first.scheme()).isEqualTo(SignatureScheme.LEGACY);
        assertThat(first.receivedAt()).isEqualTo(NOW);
        assertThat(first.payload()).isEqualTo(new String(Fixtures.payload("message.received"), StandardCharsets.UTF_8));
    }

    @Test
    void aNewEnvelopeWithoutABodyIdIsStoredUnderItsWebhookId() throws Exception {
        byte[] body = "{\"type\":\"message.received\",\"data\":{\"resource\":{\"id\":\"AC1\"},\"context\":{}}}"
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(body, Fixtures.standard(KEY, "msg_new1", NOW.getEpochSecond(), body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(events.events()).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo("msg_new1");
            assertThat(event.scheme()).isEqualTo(SignatureScheme.STANDARD);
        });
    }

    @Test
    void anUnknownTypeIsStoredAndAnswered200() throws Exception {
        byte[] body = "{\"id\":\"EVnew\",\"type\":\"call.teleported\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(body, Fixtures.legacy(KEY, NOW.toEpochMilli(), body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(events.events()).extracting(WebhookEvent::type).containsExactly("call.teleported");
    }

    @Test
    void aRedeliveryAnswers200AsADuplicate() throws Exception {
        byte[] body = Fixtures.payload("call.completed");
        post(body, Fixtures.legacy(KEY, NOW.toEpochMilli(), body));
        clock.advance(Duration.ofMinutes(30));

        HttpResponse<String> again = post(body, Fixtures.legacy(KEY, clock.instant().toEpochMilli(), body));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"received\":true,\"duplicate\":true}");
        assertThat(events.events()).hasSize(1);
    }

    @Test
    void unsignedOrBadlySignedDeliveriesAre401AndNeverStored() throws Exception {
        byte[] body = Fixtures.payload("message.received");
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("basement", "basemint")
                .getBytes(StandardCharsets.UTF_8);
        long staleMillis = NOW.minus(Duration.ofMinutes(6)).toEpochMilli();
        long futureSeconds = NOW.plus(Duration.ofMinutes(6)).getEpochSecond();

        assertThat(post(tampered, Fixtures.legacy(KEY, NOW.toEpochMilli(), body)).statusCode()).isEqualTo(401);
        assertThat(post(tampered, Fixtures.standard(KEY, "msg_1", NOW.getEpochSecond(), body)).statusCode())
                .isEqualTo(401);
        assertThat(post(body, Fixtures.legacy(OTHER_KEY, NOW.toEpochMilli(), body)).statusCode()).isEqualTo(401);
        assertThat(post(body, Fixtures.standard(OTHER_KEY, "msg_1", NOW.getEpochSecond(), body)).statusCode())
                .isEqualTo(401);
        assertThat(post(body, Fixtures.legacy(KEY, staleMillis, body)).statusCode()).isEqualTo(401);
        assertThat(post(body, Fixtures.standard(KEY, "msg_1", futureSeconds, body)).statusCode()).isEqualTo(401);
        HttpResponse<String> missing = post(body, Map.of());
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).isEqualTo("invalid webhook signature");
        Map<String, String> noTimestamp = new HashMap<>(Fixtures.standard(KEY, "msg_1", NOW.getEpochSecond(), body));
        noTimestamp.remove("webhook-timestamp");
        assertThat(post(body, noTimestamp).statusCode()).isEqualTo(401);
        assertThat(events.events()).isEmpty();
        assertThat(events.rejections()).isEmpty();
    }

    @Test
    void malformedJsonWithAValidSignatureIs400AndStoredAsRejected() throws Exception {
        byte[] body = "{\"id\":\"EVbroken\",\"type\":".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(body, Fixtures.legacy(KEY, NOW.toEpochMilli(), body));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(events.events()).isEmpty();
        assertThat(events.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.rawBody()).isEqualTo("{\"id\":\"EVbroken\",\"type\":");
            assertThat(rejection.reason()).startsWith("malformed JSON");
            assertThat(rejection.receivedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void signedBodiesWithoutAnIdOrThatAreNotObjectsOrUnstorableAre400AndRejected() throws Exception {
        for (String text : new String[] {"{\"type\":\"message.received\"}", "[1,2]", "{\"id\":\"EV1\"} trailing",
                "{\"id\":\"EV1\",\"text\":\"a\\u0000b\"}", ""}) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);

            assertThat(post(body, Fixtures.legacy(KEY, NOW.toEpochMilli(), body)).statusCode()).as(text).isEqualTo(400);
        }
        assertThat(events.events()).isEmpty();
        assertThat(events.rejections()).hasSize(5);
    }

    @Test
    void aBodyOverOneMebibyteIsRefused() throws Exception {
        byte[] body = ("{\"id\":\"EVbig\",\"pad\":\"" + "x".repeat(OpenPhoneWebhookController.MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(body, Fixtures.legacy(KEY, NOW.toEpochMilli(), body));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void withoutASigningKeyEveryDeliveryIs503() throws Exception {
        server.stop();
        start(null);
        byte[] body = Fixtures.payload("message.received");

        HttpResponse<String> response = post(body, Fixtures.legacy(KEY, NOW.toEpochMilli(), body));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(events.events()).isEmpty();
    }

    private void start(OpenPhoneSignatureVerifier verifier) {
        DirectTransactionRunner transactions = new DirectTransactionRunner();
        OpenPhoneWebhookController controller = new OpenPhoneWebhookController(
                new ReceiveWebhookService(events, transactions, new RecordingJobQueue()), new RejectWebhookService(events, transactions),
                verifier, clock);
        server = WebServer.builder().port(0).routing(r -> r.register(controller)).build().start();
    }

    private HttpResponse<String> post(byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                        + OpenPhoneWebhookController.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
