package com.attackacrack.crm.adapters.out.openphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer.ReceivedMessage;
import com.attackacrack.crm.adapters.out.redis.RedisSlidingWindowRateLimiter;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.RateLimiter;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.application.port.out.SmsSendResult.Outcome;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenPhoneSmsGatewayTest {

    private static final String API_KEY = "test-key-5f2a9c";
    private static final String FROM = "PN123abc";
    private static final OutboundSms HELLO = new OutboundSms(new PhoneNumber("+15555550123"), "Hello from the CRM \"quoted\" ✓");

    private final FakeOpenPhoneServer server = FakeOpenPhoneServer.start(API_KEY);
    private final CountingRateLimiter grantAll = new CountingRateLimiter(true);
    private final List<OpenPhoneSmsGateway> gateways = new ArrayList<>();
    private final List<String> redisPrefixes = new ArrayList<>();

    @AfterEach
    void stop() {
        gateways.forEach(OpenPhoneSmsGateway::close);
        server.close();
        redisPrefixes.forEach(prefix -> TestRedis.get().deleteKeys(prefix));
    }

    @Test
    void aSentMessageReturnsTheProviderIdAndTheRequestHasTheApiShape() throws IOException {
        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("AC1");
        assertThat(result.providerStatus()).isEqualTo("queued");
        assertThat(server.received()).hasSize(1);
        ReceivedMessage received = server.received().get(0);
        assertThat(received.authorization()).isEqualTo(API_KEY).doesNotContain("Bearer");
        JsonNode body = new ObjectMapper().readTree(received.json());
        assertThat(body.path("content").asText()).isEqualTo(HELLO.body());
        assertThat(body.path("from").asText()).isEqualTo(FROM);
        assertThat(body.path("to").isArray()).isTrue();
        assertThat(body.path("to")).hasSize(1);
        assertThat(body.path("to").get(0).asText()).isEqualTo("+15555550123");
        assertThat(grantAll.calls.get()).isEqualTo(1);
        assertThat(grantAll.lastBucket).isEqualTo(OpenPhoneSmsGateway.RATE_BUCKET);
        assertThat(grantAll.lastPerSecond).isEqualTo(10);
    }

    @Test
    void twoTooManyRequestsThenSuccessIsAcceptedAfterRetries() {
        server.failNext(2, 429, "0100429", "Too many requests");

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("AC1");
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(server.messageListRequestCount()).as("a 429 is a refusal: nothing to check").isZero();
        assertThat(grantAll.calls.get()).as("a rate token before every attempt").isEqualTo(3);
    }

    @Test
    void anUnapprovedA2pRegistrationIsRejectedAtOnceWithItsCode() {
        server.failNext(1, 400, "0206400", "A2P registration not approved");

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.failureCode()).isEqualTo("0206400");
        assertThat(result.failureReason()).isEqualTo("A2P registration not approved");
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aWrongApiKeyIsRejected() {
        OpenPhoneApiSettings wrongKey = new OpenPhoneApiSettings(server.baseUrl(), "not-the-key", FROM, 10, 4, Duration.ofSeconds(5),
                Duration.ofMillis(10));

        SmsSendResult result = gateway(wrongKey, grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.failureCode()).isEqualTo("0100401");
        assertThat(result.failureReason()).contains("Unauthorized");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aRefusalWithoutABodyFallsBackToTheStatus() {
        server.failNextWithBody(1, 402, "");

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.failureCode()).isEqualTo("402");
        assertThat(result.failureReason()).isEqualTo("Payment Required");
    }

    @Test
    void aServerErrorEveryTimeIsCheckedBeforeEachRetryAndFailsAfterMaxAttempts() {
        server.failNextSends(10, 500, "0500000", "Internal error");

        SmsSendResult result = gateway(settings(3, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.failureReason()).contains("500").contains("Internal error").contains("3 attempts");
        assertThat(server.sendRequestCount()).isEqualTo(3);
        assertThat(server.messageListRequestCount()).as("OpenPhone's messages checked after every 500").isEqualTo(3);
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aServerErrorAfterOpenPhoneCreatedTheMessageIsAcceptedWithItsIdAndNotSentAgain() {
        server.acceptThenAnswerNextSends(1, 500, server.errorJson(500, "0500000", "Internal error"));
        Instant start = Instant.now();

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("AC1");
        assertThat(result.providerStatus()).isEqualTo("delivered");
        assertThat(server.received()).hasSize(1);
        assertThat(server.sendRequestCount()).isEqualTo(1);
        assertThat(grantAll.calls.get()).as("a rate token for the send and one for the check").isEqualTo(2);
        String lookup = server.requestedUris().get(1);
        assertThat(lookup).startsWith("GET /v1/messages").contains("participants=+15555550123").contains("phoneNumberId=" + FROM);
        Instant createdAfter = Instant.parse(lookup.replaceAll(".*createdAfter=([^,}]+).*", "$1"));
        assertThat(createdAfter).isBetween(start.minus(OpenPhoneSmsGateway.LOOKUP_MARGIN).minusSeconds(1),
                start.minus(OpenPhoneSmsGateway.LOOKUP_MARGIN).plusSeconds(1));
    }

    @Test
    void aServerErrorBeforeOpenPhoneCreatedTheMessageIsCheckedThenRetriedOnce() {
        server.failNextSends(1, 500, "0500000", "Internal error");

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("AC1");
        assertThat(result.providerStatus()).isEqualTo("queued");
        assertThat(server.received()).hasSize(1);
        assertThat(server.requestedUris()).extracting(uri -> uri.split(" ")[0] + " " + uri.split(" ")[1])
                .containsExactly("POST /v1/messages", "GET /v1/messages", "POST /v1/messages");
    }

    @Test
    void onlyAnOutboundMessageToTheSameNumberWithTheSameTextCounts() {
        Instant now = Instant.now();
        server.seedMessage(message("ACin", "+15555550123", FROM, "incoming", HELLO.body(), now))
                .seedMessage(message("ACother", FROM, "+15555550123", "outgoing", HELLO.body() + "!", now))
                .seedMessage(message("ACold", FROM, "+15555550123", "outgoing", HELLO.body(), now.minus(Duration.ofMinutes(3))));
        server.failNextSends(1, 503, "0503000", "Unavailable");

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("AC1");
        assertThat(server.received()).hasSize(1);
        assertThat(server.sendRequestCount()).isEqualTo(2);
    }

    @Test
    void aTimeoutAfterOpenPhoneCreatedTheMessageIsAcceptedWithoutASecondSend() {
        server.acceptThenStallNextSends(1, Duration.ofSeconds(3));

        SmsSendResult result = gateway(settings(4, Duration.ofMillis(300)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("AC1");
        assertThat(server.received()).hasSize(1);
        assertThat(server.sendRequestCount()).isEqualTo(1);
    }

    @Test
    void aTimeoutWhoseCheckFailsIsFailedAsUnknownWithoutASecondSend() {
        server.acceptThenStallNextSends(1, Duration.ofSeconds(2));
        server.failNext(10, 500, "0500000", "Internal error");

        SmsSendResult result = gateway(settings(3, Duration.ofMillis(300)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.failureReason()).contains("may or may not have reached OpenPhone").contains("timeout")
                .contains("checking OpenPhone's messages failed").contains("500");
        assertThat(server.sendRequestCount()).as("never sent again").isEqualTo(1);
        assertThat(server.messageListRequestCount()).as("the history client's own bounded retries").isEqualTo(3);
    }

    @Test
    void aStalledServerFailsAsUnknownWithinABoundedTime() {
        server.stallNext(10, Duration.ofSeconds(5));
        long start = System.nanoTime();

        SmsSendResult result = gateway(settings(2, Duration.ofMillis(300)), grantAll).send(HELLO);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.failureReason()).contains("may or may not have reached OpenPhone").contains("timeout");
        assertThat(took).as("the send and two checks time out").isGreaterThanOrEqualTo(Duration.ofMillis(900))
                .isLessThan(Duration.ofSeconds(3));
        assertThat(server.sendRequestCount()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void aSuccessWithoutAMessageIdIsCheckedAndNeverSentAgain() {
        server.failNextWithBody(1, 202, "{\"data\":{}}");

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.failureReason()).contains("may or may not have reached OpenPhone").contains("without a message id");
        assertThat(server.sendRequestCount()).isEqualTo(1);
        assertThat(server.messageListRequestCount()).isEqualTo(1);
    }

    @Test
    void aSuccessWithoutAMessageIdIsAcceptedWhenOpenPhoneHasTheMessage() {
        server.acceptThenAnswerNextSends(1, 200, "{\"data\":{\"status\":\"queued\"}}");

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("AC1");
        assertThat(server.sendRequestCount()).isEqualTo(1);
    }

    @Test
    void aSendingNumberGivenAsE164IsResolvedToItsLineForTheCheck() {
        server.seedPhoneNumber("PNline1", "+16175550100");
        server.acceptThenAnswerNextSends(1, 502, server.errorJson(502, "0502000", "Bad gateway"));
        OpenPhoneApiSettings byNumber = new OpenPhoneApiSettings(server.baseUrl(), API_KEY, "+16175550100", 10, 4,
                Duration.ofSeconds(5), Duration.ofMillis(20));

        SmsSendResult result = gateway(byNumber, grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo("AC1");
        assertThat(server.requestedUris()).anySatisfy(uri -> assertThat(uri).startsWith("GET /v1/phone-numbers"))
                .anySatisfy(uri -> assertThat(uri).startsWith("GET /v1/messages").contains("phoneNumberId=PNline1"));
        assertThat(grantAll.calls.get()).as("every history request takes a token too").isEqualTo(3);
    }

    @Test
    void aCheckThatCannotWorkIsFailedAsUnknownWithoutASecondSend() {
        server.failNextSends(1, 500, "0500000", "Internal error");
        OpenPhoneApiSettings unknownLine = new OpenPhoneApiSettings(server.baseUrl(), API_KEY, "+16175550199", 10, 4,
                Duration.ofSeconds(5), Duration.ofMillis(20));

        SmsSendResult result = gateway(unknownLine, grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.failureReason()).contains("may or may not have reached OpenPhone").contains("+16175550199");
        assertThat(server.sendRequestCount()).isEqualTo(1);
    }

    @Test
    void aGivenHistoryClientIsUsedAndLeftOpen() {
        server.acceptThenAnswerNextSends(1, 500, server.errorJson(500, "0500000", "Internal error"));
        OpenPhoneApiSettings settings = settings(4, Duration.ofSeconds(5));
        CountingRateLimiter historyTokens = new CountingRateLimiter(true);
        try (OpenPhoneHistoryClient history = new OpenPhoneHistoryClient(settings, historyTokens)) {
            SmsSendResult result;
            try (OpenPhoneSmsGateway gateway = new OpenPhoneSmsGateway(settings, grantAll, history)) {
                result = gateway.send(HELLO);
            }

            assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(result.providerMessageId()).isEqualTo("AC1");
            assertThat(grantAll.calls.get()).isEqualTo(1);
            assertThat(historyTokens.calls.get()).isEqualTo(1);
            assertThat(history.messages(HELLO.to(), Instant.now().minusSeconds(60))).hasSize(1);
        }
    }

    @Test
    void anUnreachableServerIsRetriedWithoutACheckAndFailsAfterMaxAttempts() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }
        OpenPhoneApiSettings nowhere = new OpenPhoneApiSettings(URI.create("http://127.0.0.1:" + freePort + "/v1"), API_KEY, FROM, 10, 2,
                Duration.ofSeconds(2), Duration.ofMillis(10));

        SmsSendResult result = gateway(nowhere, grantAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.failureReason()).contains("could not reach OpenPhone").contains("2 attempts")
                .doesNotContain("may or may not");
        assertThat(grantAll.calls.get()).as("two sends, no history check").isEqualTo(2);
    }

    @Test
    void onlyFailuresBeforeTheRequestLeftAreSafeToRetryUnchecked() {
        assertThat(OpenPhoneSmsGateway.neverSent(new ConnectException("Connection refused"))).isTrue();
        assertThat(OpenPhoneSmsGateway.neverSent(new HttpConnectTimeoutException("connect timed out"))).isTrue();
        assertThat(OpenPhoneSmsGateway.neverSent(new IOException(new ConnectException("wrapped")))).isTrue();
        assertThat(OpenPhoneSmsGateway.neverSent(new IOException(new UnresolvedAddressException()))).isTrue();
        assertThat(OpenPhoneSmsGateway.neverSent(new UnknownHostException("api.openphone.invalid"))).isTrue();

        assertThat(OpenPhoneSmsGateway.neverSent(new HttpTimeoutException("request timed out"))).isFalse();
        assertThat(OpenPhoneSmsGateway.neverSent(new IOException("Connection reset"))).isFalse();
        assertThat(OpenPhoneSmsGateway.neverSent(new IOException(new EOFException("closed")))).isFalse();
    }

    @Test
    void beforeRequestRunsOncePerSendAttemptAfterItsRateTokenAndNotForTheCheck() {
        server.failNextSends(1, 500, "0500000", "Internal error");
        List<String> seen = new ArrayList<>();

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO,
                () -> seen.add(grantAll.calls.get() + " tokens, " + server.requestCount() + " requests"));

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(seen).containsExactly("1 tokens, 0 requests", "3 tokens, 2 requests");
        assertThat(server.requestedUris()).extracting(uri -> uri.split(" ")[0] + " " + uri.split(" ")[1])
                .containsExactly("POST /v1/messages", "GET /v1/messages", "POST /v1/messages");
    }

    @Test
    void aSlowBeforeRequestIsFollowedByAFreshRateTokenSoTheRequestLeavesRightAfterAGrant() {
        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), grantAll).send(HELLO,
                () -> sleep(OpenPhoneSmsGateway.GRANT_SLACK.multipliedBy(3)));

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(grantAll.calls.get()).isEqualTo(2);
        assertThat(server.sendRequestCount()).isEqualTo(1);
    }

    @Test
    void beforeRequestDoesNotRunWithoutARateToken() {
        AtomicInteger started = new AtomicInteger();

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), new CountingRateLimiter(false))
                .send(HELLO, started::incrementAndGet);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(started.get()).isZero();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aBeforeRequestThatThrowsStopsTheSendBeforeTheRequest() {
        OpenPhoneSmsGateway gateway = gateway(settings(4, Duration.ofSeconds(5)), grantAll);

        assertThatThrownBy(() -> gateway.send(HELLO, () -> {
            throw new IllegalStateException("claim lost");
        })).isInstanceOf(IllegalStateException.class).hasMessage("claim lost");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void noRateTokenInTimeFailsWithoutARequest() {
        CountingRateLimiter denyAll = new CountingRateLimiter(false);

        SmsSendResult result = gateway(settings(4, Duration.ofSeconds(5)), denyAll).send(HELLO);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.failureReason()).isEqualTo("rate limit wait exceeded");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void twentyFiveSendsAtTheProvidersRateAreAllAcceptedWithoutA429() throws Exception {
        server.rateLimit(10);
        TestRedis redis = TestRedis.get();
        String prefix = redis.newPrefix();
        redisPrefixes.add(prefix);
        RateLimiter limiter = new RedisSlidingWindowRateLimiter(redis.connections(), prefix);
        OpenPhoneSmsGateway gateway = gateway(settings(1, Duration.ofSeconds(5)), limiter);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<SmsSendResult>> sends = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < 25; i++) {
                OutboundSms sms = new OutboundSms(new PhoneNumber("+1555555" + String.format("%04d", i)), "Message " + i);
                sends.add(pool.submit(() -> gateway.send(sms)));
            }
            for (Future<SmsSendResult> send : sends) {
                assertThat(send.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.ACCEPTED);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(server.tooManyRequestsCount()).isZero();
        assertThat(server.received()).hasSize(25);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("25 at 10/s from a full bucket of 10")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1_400));
    }

    @Test
    void theFakeServerReallyAnswers429AboveItsRate() {
        server.rateLimit(3);
        OpenPhoneSmsGateway gateway = gateway(settings(1, Duration.ofSeconds(5)), grantAll);

        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(gateway.send(HELLO).outcome());
        }

        assertThat(outcomes).containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.FAILED, Outcome.FAILED);
        assertThat(server.tooManyRequestsCount()).isEqualTo(2);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private OpenPhoneApiSettings settings(int maxAttempts, Duration requestTimeout) {
        return new OpenPhoneApiSettings(server.baseUrl(), API_KEY, FROM, 10, maxAttempts, requestTimeout, Duration.ofMillis(20));
    }

    private static String message(String id, String from, String to, String direction, String text, Instant at) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("id", id);
        node.put("object", "message");
        node.put("from", from);
        node.putArray("to").add(to);
        node.put("direction", direction);
        node.put("text", text);
        node.put("status", "delivered");
        node.put("createdAt", at.toString());
        return node.toString();
    }

    private OpenPhoneSmsGateway gateway(OpenPhoneApiSettings settings, RateLimiter limiter) {
        OpenPhoneSmsGateway gateway = new OpenPhoneSmsGateway(settings, limiter, Duration.ofSeconds(30));
        gateways.add(gateway);
        return gateway;
    }

    /** A limiter that grants or denies every token and counts the calls. */
    private static final class CountingRateLimiter implements RateLimiter {

        private final boolean grant;
        private final AtomicInteger calls = new AtomicInteger();
        private volatile String lastBucket;
        private volatile int lastPerSecond;

        CountingRateLimiter(boolean grant) {
            this.grant = grant;
        }

        @Override
        public boolean acquire(String bucket, int perSecond, Duration maxWait) {
            calls.incrementAndGet();
            lastBucket = bucket;
            lastPerSecond = perSecond;
            return grant;
        }
    }
}
