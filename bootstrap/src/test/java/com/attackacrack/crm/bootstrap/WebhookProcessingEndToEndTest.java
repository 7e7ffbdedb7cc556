package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.openphone.WebhookSigner;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook harness: every event type in ../shared/fixtures/openphone, and variants of them (the newer
 * {@code data.resource} envelope, old type names, {@code to} as a string, a recording and summary before their call, a
 * late "ringing" after "completed", duplicates, both signature schemes), posted over HTTP to a running {@code crm serve}
 * whose in-process worker turns them into contacts, conversations, messages, calls, call attachments and suppressions.
 * Refused deliveries store nothing. A burst of 1,000 events, each sent twice and shuffled, leaves one record each.
 */
class WebhookProcessingEndToEndTest {

    /** The fixture key of ../shared/fixtures/openphone/signature-vectors.json (not a secret). */
    private static final String KEY = FakeOpenPhoneSetup.SIGNING_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final WebhookSigner signer = new WebhookSigner(KEY);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private PostgresUrl database;
    private CrmProcess serve;
    private URI endpoint;

    @BeforeEach
    void startTheApp() throws Exception {
        int port = ServeEndToEndTest.freePort();
        database = TestDatabase.freshDatabase("crm_webhook_harness");
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(database, port, dataDir);
        env.put("OPENPHONE_WEBHOOK_SIGNING_KEY", KEY);
        serve = CrmProcess.start(Main.class.getName(), env, "serve");
        serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
        endpoint = URI.create("http://localhost:" + port + "/webhooks/openphone");
    }

    @AfterEach
    void stopTheApp() {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void everyFixtureAndVariantBecomesItsRecords() throws Exception {
        // The call's recording and AI summary arrive before the call itself; the transcript uses the old type name
        // and the newer envelope; the call completes, then a late "ringing" report arrives.
        post(fixture("call.recording.completed.json"), SignatureScheme.LEGACY);
        post(renamed(fixture("call.summary.completed.json"), "EVsummaryOld", "callSummary.completed"),
                SignatureScheme.STANDARD);
        post(newEnvelope(renamed(fixture("call.transcript.completed.json"), "EVtranscriptNew", "callTranscript")),
                SignatureScheme.STANDARD);
        post(fixture("call.completed.json"), SignatureScheme.LEGACY);
        post(fixture("call.ringing.json"), SignatureScheme.LEGACY);
        // A text comes in, is delivered twice (a redelivery), and the business's reply is delivered with `to` as a
        // plain string in the newer envelope.
        post(fixture("message.received.json"), SignatureScheme.LEGACY);
        assertThat(post(fixture("message.received.json"), SignatureScheme.LEGACY).body()).contains("\"duplicate\":true");
        ObjectNode delivered = fixture("message.delivered.json");
        ((ObjectNode) delivered.path("data").path("object")).put("to", "+16175550123");
        post(newEnvelope(delivered), SignatureScheme.STANDARD);
        // OpenPhone's contact for the caller names them; STOP from one number, an ordinary "stop by" from another;
        // an event type the CRM does not act on.
        post(fixture("contact.updated.json"), SignatureScheme.LEGACY);
        post(inbound("EVstop", "ACstop", "+16175550124", "STOP"), SignatureScheme.LEGACY);
        post(inbound("EVstopby", "ACstopby", "+16175550125", "Can you stop by Friday?"), SignatureScheme.LEGACY);
        ObjectNode unknown = JSON.createObjectNode().put("id", "EVunknown").put("type", "phoneNumber.updated");
        unknown.putObject("data").putObject("object").put("id", "PN1");
        post(unknown, SignatureScheme.LEGACY);

        awaitAllProcessed(11);

        assertThat(query("select first_name || ' ' || last_name || ' ' || email from contacts where phone = '+16175550123'"))
                .isEqualTo("Dana Whitfield dana.w@example.com");
        assertThat(query("select string_agg(provider_id || ':' || direction || ':' || status, ',' order by provider_id) "
                + "from messages where contact_id = (select id from contacts where phone = '+16175550123')"))
                .isEqualTo("ACaaf2f89992379705dac844c0a2a1d45f:outbound:delivered,"
                        + "ACae7be26cdaa742ca148068d5ac90eaca:inbound:received");
        assertThat(query("select status || ':' || duration_seconds || ':' || answered_by from calls"))
                .isEqualTo("completed:266:USagent0001");
        assertThat(query("select string_agg(kind, ',' order by kind) from call_artifacts "
                + "where call_provider_id = 'ACa9f7e97965d6cf799a529102a973b8b9'")).isEqualTo("recording,summary,transcript");
        assertThat(query("select string_agg(phone, ',') from suppressions")).isEqualTo("+16175550124");
        assertThat(query("select count(*) from opt_out_changes")).isEqualTo("1");
        assertThat(query("select first_name from contacts where phone = '+16175550125'")).isEqualTo("Unknown caller");
        assertThat(query("select count(*) from webhook_events")).isEqualTo("11");
    }

    @Test
    void refusedDeliveriesStoreNothing() throws Exception {
        byte[] body = JSON.writeValueAsBytes(fixture("message.received.json"));
        Map<String, String> headers = signer.headers(SignatureScheme.LEGACY, body, Instant.now());
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("basement", "garage").getBytes(StandardCharsets.UTF_8);
        WebhookSigner wrongKey = new WebhookSigner(Base64.getEncoder().encodeToString(
                "another key entirely".getBytes(StandardCharsets.UTF_8)));

        assertThat(send(tampered, headers).statusCode()).isEqualTo(401);
        assertThat(send(body, wrongKey.headers(SignatureScheme.LEGACY, body, Instant.now())).statusCode()).isEqualTo(401);
        assertThat(send(body, signer.headers(SignatureScheme.STANDARD, body, Instant.now().minus(Duration.ofMinutes(6))))
                .statusCode()).isEqualTo(401);
        assertThat(send(body, Map.of()).statusCode()).isEqualTo(401);
        assertThat(query("select count(*) from webhook_events")).isEqualTo("0");
        assertThat(query("select count(*) from messages")).isEqualTo("0");
    }

    @Test
    void aThousandEventsSentTwiceAndShuffledLeaveOneRecordEach() throws Exception {
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            events.add(inbound(String.format("EVburst%04d", i), String.format("ACburst%04d", i),
                    String.format("+1617555%04d", 1000 + i % 50), "Message " + i));
        }
        for (int c = 0; c < 100; c++) {
            String call = String.format("ACcall%04d", c);
            String number = String.format("+1508555%04d", 1000 + c);
            events.add(call(String.format("EVring%04d", c), "call.ringing", call, number));
            events.add(call(String.format("EVdone%04d", c), "call.completed", call, number));
            events.add(artifact(String.format("EVrec%04d", c), "call.recording.completed", call));
            events.add(artifact(String.format("EVsum%04d", c), "call.summary.completed", call));
        }
        List<ObjectNode> deliveries = new ArrayList<>(events);
        deliveries.addAll(events);
        Collections.shuffle(deliveries, new Random(20261127));

        ExecutorService senders = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (ObjectNode event : deliveries) {
                statuses.add(senders.submit(() -> post(event, SignatureScheme.LEGACY).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            senders.shutdownNow();
        }

        awaitAllProcessed(1000);
        assertThat(query("select count(*) from webhook_events")).isEqualTo("1000");
        assertThat(query("select count(*) || ':' || count(distinct provider_id) from messages")).isEqualTo("600:600");
        assertThat(query("select count(*) from contacts where phone like '+1617555%'")).isEqualTo("50");
        assertThat(query("select count(*) || ':' || count(*) filter (where status = 'completed') from calls"))
                .isEqualTo("100:100");
        assertThat(query("select count(*) from call_artifacts")).isEqualTo("200");
        assertThat(query("select count(*) from contacts")).isEqualTo("150");
    }

    private void awaitAllProcessed(int expected) {
        try {
            serve.await(() -> query("select count(*) filter (where status = 'processed') from webhook_events")
                    .equals(Integer.toString(expected)), Duration.ofSeconds(90), expected + " processed webhook events");
        } catch (AssertionError e) {
            throw new AssertionError("events not processed: " + query("select string_agg(event_id || ' ' || status || ' '"
                    + " || coalesce(last_error, ''), '; ') from webhook_events where status <> 'processed'"), e);
        }
    }

    private HttpResponse<String> post(ObjectNode event, SignatureScheme scheme) throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(event);
        HttpResponse<String> response = send(body, signer.headers(scheme, body, Instant.now()));
        assertThat(response.statusCode()).as(event.path("id").asText()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> send(byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode fixture(String name) {
        // ../shared/fixtures/openphone, as copied into the openphone module's test resources (its test-jar)
        try (InputStream in = WebhookProcessingEndToEndTest.class.getResourceAsStream("/openphone/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode renamed(ObjectNode event, String id, String type) {
        return event.put("id", id).put("type", type);
    }

    /** The newer envelope: the resource under data.resource, with data.context beside it. */
    private static ObjectNode newEnvelope(ObjectNode event) {
        ObjectNode data = (ObjectNode) event.get("data");
        data.set("resource", data.remove("object"));
        data.putObject("context").put("phoneNumberId", "PNlineMain01");
        return event;
    }

    private static ObjectNode inbound(String eventId, String messageId, String from, String text) {
        ObjectNode event = JSON.createObjectNode().put("id", eventId).put("object", "event")
                .put("createdAt", "2026-03-02T14:03:11.120Z").put("type", "message.received");
        ObjectNode message = event.putObject("data").putObject("object").put("id", messageId).put("object", "message")
                .put("from", from).put("direction", "incoming").put("text", text).put("status", "received")
                .put("createdAt", "2026-03-02T14:03:10.870Z");
        message.putArray("to").add("+16175550100");
        return event;
    }

    private static ObjectNode call(String eventId, String type, String callId, String number) {
        ObjectNode event = JSON.createObjectNode().put("id", eventId).put("object", "event")
                .put("createdAt", "2026-03-02T15:00:00.100Z").put("type", type);
        boolean done = type.equals("call.completed");
        ObjectNode call = event.putObject("data").putObject("object").put("id", callId).put("object", "call")
                .put("direction", "incoming").put("status", done ? "completed" : "ringing")
                .put("createdAt", "2026-03-02T15:00:00.000Z");
        ArrayNode participants = call.putArray("participants");
        participants.add(number).add("+16175550100");
        if (done) {
            call.put("answeredAt", "2026-03-02T15:00:05.000Z").put("answeredBy", "USagent0001")
                    .put("completedAt", "2026-03-02T15:01:05.000Z").put("duration", 60);
        }
        return event;
    }

    private static ObjectNode artifact(String eventId, String type, String callId) {
        ObjectNode event = JSON.createObjectNode().put("id", eventId).put("object", "event")
                .put("createdAt", "2026-03-02T15:02:00.000Z").put("type", type);
        ObjectNode resource = event.putObject("data").putObject("object").put("callId", callId);
        if (type.equals("call.recording.completed")) {
            resource.put("id", "RC" + callId).put("url", "https://storage.example.invalid/" + callId + ".mp3")
                    .put("duration", 60).put("type", "audio/mpeg").put("createdAt", "2026-03-02T15:02:00.000Z");
        } else {
            resource.put("status", "completed").putArray("summary").add("Crack in the wall of " + callId);
        }
        return event;
    }

    private String query(String sql) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
