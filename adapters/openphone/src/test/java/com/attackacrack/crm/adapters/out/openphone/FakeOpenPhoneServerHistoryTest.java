package com.attackacrack.crm.adapters.out.openphone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOpenPhoneServerHistoryTest {

    private static final String KEY = "fake-history-key";

    private final FakeOpenPhoneServer server = FakeOpenPhoneServer.start(KEY);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void historyListsNeedTheKeyALineIdAndAParticipant() throws Exception {
        assertThat(get("/messages?phoneNumberId=PN1&participants=%2B16175550123", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/messages?participants=%2B16175550123", KEY).statusCode()).isEqualTo(400);
        assertThat(get("/calls?phoneNumberId=%2B16175550100&participants=%2B16175550123", KEY).statusCode()).isEqualTo(400);
        assertThat(get("/calls?phoneNumberId=PN1", KEY).statusCode()).isEqualTo(400);
        assertThat(get("/calls?phoneNumberId=PN1&participants=%2B16175550123&maxResults=101", KEY).statusCode()).isEqualTo(400);
        assertThat(get("/calls?phoneNumberId=PN1&participants=%2B16175550123", KEY).body())
                .isEqualTo("{\"data\":[],\"nextPageToken\":null,\"totalItems\":0}");
    }

    @Test
    void historyListsAreRateLimitedWithReal429s() throws Exception {
        server.rateLimit(2);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(get("/phone-numbers", KEY).statusCode());
        }

        assertThat(statuses).containsExactly(200, 200, 429, 429);
        assertThat(server.tooManyRequestsCount()).isEqualTo(2);
    }

    @Test
    void pagesGoNewestFirstWithATokenUntilTheEnd() throws Exception {
        server.pageSize(2);
        for (int i = 1; i <= 3; i++) {
            server.seedCall("{\"id\":\"CA" + i + "\",\"direction\":\"incoming\",\"status\":\"completed\","
                    + "\"participants\":[\"+16175550123\"],\"createdAt\":\"2026-03-02T12:0" + i + ":00Z\"}");
        }
        String query = "/calls?phoneNumberId=PN1&participants=%2B16175550123&maxResults=100";

        String first = get(query, KEY).body();
        String second = get(query + "&pageToken=page-2", KEY).body();

        assertThat(first).contains("\"CA3\"", "\"CA2\"", "\"nextPageToken\":\"page-2\"").doesNotContain("CA1");
        assertThat(second).contains("\"CA1\"", "\"nextPageToken\":null");
        assertThat(get(query + "&pageToken=bogus", KEY).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String pathAndQuery, String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                .header("Authorization", key).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
