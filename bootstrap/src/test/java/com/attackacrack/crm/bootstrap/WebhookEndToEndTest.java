package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
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
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /webhooks/openphone} through the real server, filters and database: a signed delivery is stored once
 * (a redelivery answers 200 and stores nothing), an unsigned or wrongly signed one is refused with 401 and nothing
 * stored, with no session and no CSRF token needed.
 */
class WebhookEndToEndTest {

    /** The fixture key of ../shared/fixtures/openphone/signature-vectors.json (not a secret). */
    private static final String KEY = FakeOpenPhoneSetup.SIGNING_KEY;
    private static final String BODY = "{\"id\":\"EVe2e1\",\"object\":\"event\",\"type\":\"message.received\","
            + "\"data\":{\"object\":{\"id\":\"ACe2e1\",\"from\":\"+16175550123\",\"to\":[\"+16175550100\"],"
            + "\"body\":\"Is Tuesday ok?\",\"direction\":\"incoming\"}}}";

    @TempDir
    Path dataDir;

    @Test
    void signedDeliveriesAreStoredOnceAndUnsignedOnesRefused() throws Exception {
        int port = ServeEndToEndTest.freePort();
        PostgresUrl database = TestDatabase.freshDatabase("crm_webhooks");
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(database, port, dataDir);
        env.put("OPENPHONE_WEBHOOK_SIGNING_KEY", KEY);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
            URI endpoint = URI.create("http://localhost:" + port + "/webhooks/openphone");

            HttpResponse<String> first = client.send(signed(endpoint, BODY, KEY), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> again = client.send(signed(endpoint, BODY, KEY), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> unsigned = client.send(HttpRequest.newBuilder(endpoint)
                    .POST(HttpRequest.BodyPublishers.ofString(BODY.replace("EVe2e1", "EVe2e2"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrongKey = client.send(signed(endpoint, BODY.replace("EVe2e1", "EVe2e3"),
                    Base64.getEncoder().encodeToString("another key entirely".getBytes(StandardCharsets.UTF_8))),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"duplicate\":false");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("\"duplicate\":true");
            assertThat(unsigned.statusCode()).isEqualTo(401);
            assertThat(wrongKey.statusCode()).isEqualTo(401);
            assertThat(query(database, "select string_agg(event_id || ':' || type, ',') from webhook_events"))
                    .isEqualTo("EVe2e1:message.received");
        }
    }

    private static HttpRequest signed(URI endpoint, String body, String key) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
        String digest = Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("openphone-signature", "hmac;1;" + timestamp + ";" + digest)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String query(PostgresUrl database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
