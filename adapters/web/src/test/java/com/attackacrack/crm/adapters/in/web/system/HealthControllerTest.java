package com.attackacrack.crm.adapters.in.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.FakeCheckSystemHealth;
import com.attackacrack.crm.adapters.in.web.support.LogCapture;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthControllerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void allUp() {
        server.health().answering(FakeCheckSystemHealth.allUp().check().components());
    }

    @Test
    void healthyAnswers200WithEveryComponent() throws Exception {
        HttpResponse<String> response = server.get("/health", "application/json");
        JsonNode body = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("version").asText()).isEqualTo(FakeCheckSystemHealth.VERSION);
        assertThat(body.get("checkedAt").asText()).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(body.has("detail")).isFalse();
        assertThat(body.get("components").fieldNames()).toIterable().containsExactly("database", "redis", "worker");
        JsonNode database = body.get("components").get("database");
        assertThat(database.get("status").asText()).isEqualTo("UP");
        assertThat(database.get("detail").asText()).isEqualTo("PostgreSQL 16.10, 3 ms");
        assertThat(database.get("latencyMs").asLong()).isEqualTo(3);
    }

    @Test
    void aComponentDownAnswers503() throws Exception {
        server.health().withDown("redis", "connection refused");

        HttpResponse<String> response = server.get("/health", "application/json");
        JsonNode body = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(body.get("status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/components/redis/status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/components/redis/detail").asText()).isEqualTo("connection refused");
        assertThat(body.at("/components/database/status").asText()).isEqualTo("UP");
    }

    @Test
    void aFailingCheckAnswers503WithAGenericDetailAndLogsTheCause() throws Exception {
        server.health().failingWith(new IllegalStateException("jdbc:postgresql://db.internal secret"));

        HttpResponse<String> response;
        try (LogCapture log = LogCapture.of(HealthController.class)) {
            response = server.get("/health", "*/*");
            assertThat(log.events()).singleElement()
                    .satisfies(it -> assertThat(it.getThrowableProxy().getMessage()).contains("secret"));
        }
        JsonNode body = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(body.get("status").asText()).isEqualTo("DOWN");
        assertThat(body.get("version").asText()).isEqualTo(FakeCheckSystemHealth.VERSION);
        assertThat(body.get("detail").asText()).isEqualTo("health check failed; see server log");
        assertThat(body.get("components").isEmpty()).isTrue();
        assertThat(response.body()).doesNotContain("secret", "jdbc");
    }
}
