package com.attackacrack.crm.adapters.out.openphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.redis.RedisSlidingWindowRateLimiter;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.ProviderHistoryException;
import com.attackacrack.crm.application.port.out.RateLimiter;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenPhoneHistoryClientTest {

    private static final String API_KEY = "test-key-history";
    private static final String LINE_ID = "PNline1";
    private static final String LINE = "+16175550100";
    private static final PhoneNumber ANN = new PhoneNumber("+16175550123");
    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    private final FakeOpenPhoneServer server = FakeOpenPhoneServer.start(API_KEY);
    private final CountingRateLimiter grantAll = new CountingRateLimiter();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<String> redisPrefixes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        server.close();
        redisPrefixes.forEach(prefix -> TestRedis.get().deleteKeys(prefix));
    }

    @Test
    void readsEveryPageOfTheParticipantsTextsSinceTheGivenTime() {
        server.pageSize(2);
        for (int i = 1; i <= 5; i++) {
            server.seedMessage(inbound("AC" + i, ANN.e164(), "Text " + i, T0.plusSeconds(i * 60L)));
        }
        server.seedMessage(inbound("ACold", ANN.e164(), "Too old", T0.minusSeconds(60)));
        server.seedMessage(inbound("ACother", "+16175550999", "Someone else", T0.plusSeconds(30)));
        server.seedMessage("""
                {"id":"ACout","object":"message","from":"+16175550100","to":["+16175550123"],"text":"Sure",
                 "direction":"outgoing","status":"delivered","createdAt":"2026-03-02T12:10:00.000Z","phoneNumberId":"PNline1"}
                """);
        server.seedMessage("""
                {"id":"ACotherline","object":"message","from":"+16175550123","to":["+16175550200"],"text":"Other line",
                 "direction":"incoming","status":"received","createdAt":"2026-03-02T12:10:00.000Z","phoneNumberId":"PNline2"}
                """);

        List<ProviderMessage> messages = client(settings(LINE_ID, 4), grantAll).messages(ANN, T0);

        assertThat(messages).extracting(ProviderMessage::providerId)
                .containsExactlyInAnyOrder("AC1", "AC2", "AC3", "AC4", "AC5", "ACout");
        ProviderMessage out = messages.stream().filter(m -> m.providerId().equals("ACout")).findFirst().orElseThrow();
        assertThat(out.direction()).isEqualTo(MessageDirection.OUTBOUND);
        assertThat(out.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(out.counterpart()).isEqualTo(ANN.e164());
        assertThat(out.createdAt()).isEqualTo(Instant.parse("2026-03-02T12:10:00Z"));
        assertThat(server.requestedUris()).hasSize(3).allSatisfy(uri -> assertThat(uri).startsWith("GET /v1/messages")
                .contains("phoneNumberId=PNline1", "participants=+16175550123", "createdAfter=2026-03-02T12:00:00Z",
                        "maxResults=100"));
        assertThat(server.requestedUris().get(1)).contains("pageToken=page-2");
        assertThat(grantAll.calls).as("a rate token before every request").hasValue(3);
        assertThat(grantAll.lastBucket).isEqualTo(OpenPhoneSmsGateway.RATE_BUCKET);
    }

    @Test
    void readsCallsWithTheirTimesAndAStatusFromThemWhenTheWordIsUnknown() {
        server.seedCall("""
                {"id":"CA1","object":"call","direction":"incoming","status":"completed",
                 "participants":["+16175550123","+16175550100"],"createdAt":"2026-03-02T12:01:00.000Z",
                 "answeredAt":"2026-03-02T12:01:05.000Z","answeredBy":"US1","completedAt":"2026-03-02T12:03:05.000Z",
                 "duration":120}
                """);
        server.seedCall("""
                {"id":"CA2","object":"call","direction":"incoming","status":"voicemail",
                 "participants":["+16175550123","+16175550100"],"createdAt":"2026-03-02T12:05:00.000Z",
                 "answeredAt":null,"completedAt":"2026-03-02T12:05:30.000Z","duration":0}
                """);

        List<ProviderCall> calls = client(settings(LINE_ID, 4), grantAll).calls(ANN, T0);

        assertThat(calls).extracting(ProviderCall::providerId).containsExactly("CA2", "CA1");
        ProviderCall answered = calls.get(1);
        assertThat(answered.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(answered.participants()).containsExactly("+16175550123", "+16175550100");
        assertThat(answered.answeredBy()).isEqualTo("US1");
        assertThat(answered.durationSeconds()).isEqualTo(120);
        assertThat(calls.get(0).status()).isEqualTo(CallStatus.MISSED);
        assertThat(server.requestedUris()).singleElement().asString().startsWith("GET /v1/calls");
    }

    @Test
    void anE164SendingNumberIsResolvedToItsIdOnce() {
        server.seedPhoneNumber("PNother", "+16175550200").seedPhoneNumber(LINE_ID, LINE);
        server.seedMessage(inbound("AC1", ANN.e164(), "Hi", T0.plusSeconds(60)));
        OpenPhoneHistoryClient client = client(settings(LINE, 4), grantAll);

        assertThat(client.messages(ANN, T0)).hasSize(1);
        assertThat(client.calls(ANN, T0)).isEmpty();

        assertThat(server.requestedUris()).hasSize(3);
        assertThat(server.requestedUris().get(0)).isEqualTo("GET /v1/phone-numbers");
        assertThat(server.requestedUris().subList(1, 3)).allSatisfy(uri -> assertThat(uri).contains("phoneNumberId=PNline1"));
    }

    @Test
    void anE164SendingNumberTheKeyDoesNotHaveStopsTheRun() {
        server.seedPhoneNumber("PNother", "+16175550200");

        assertThatThrownBy(() -> client(settings(LINE, 4), grantAll).messages(ANN, T0))
                .isInstanceOfSatisfying(ProviderHistoryException.class, e -> assertThat(e.stopsRun()).isTrue())
                .hasMessageContaining(LINE).hasMessageContaining("+16175550200");
    }

    @Test
    void aRefusedKeyStopsTheRunWithoutRetrying() {
        OpenPhoneApiSettings wrongKey = new OpenPhoneApiSettings(server.baseUrl(), "not-the-key", LINE_ID, 10, 4,
                Duration.ofSeconds(5), Duration.ofMillis(20));

        assertThatThrownBy(() -> client(wrongKey, grantAll).messages(ANN, T0))
                .isInstanceOfSatisfying(ProviderHistoryException.class, e -> assertThat(e.stopsRun()).isTrue())
                .hasMessageContaining("401").hasMessageContaining("API key").hasMessageNotContaining("not-the-key");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void a403AlsoStopsTheRun() {
        server.failNext(1, 403, "0100403", "Forbidden for this workspace");

        assertThatThrownBy(() -> client(settings(LINE_ID, 4), grantAll).calls(ANN, T0))
                .isInstanceOfSatisfying(ProviderHistoryException.class, e -> assertThat(e.stopsRun()).isTrue())
                .hasMessageContaining("403");
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetriedWithATokenEachTime() {
        server.seedMessage(inbound("AC1", ANN.e164(), "Hi", T0.plusSeconds(60)));
        server.failNext(1, 429, "0100429", "Too many requests");
        server.failNext(1, 502, "0100502", "Bad gateway");

        List<ProviderMessage> messages = client(settings(LINE_ID, 4), grantAll).messages(ANN, T0);

        assertThat(messages).hasSize(1);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(grantAll.calls).hasValue(3);
    }

    @Test
    void aServerThatStaysDownFailsThisQuestionOnlyAfterTheAttempts() {
        server.failNext(3, 503, "0100503", "Service unavailable");

        assertThatThrownBy(() -> client(settings(LINE_ID, 3), grantAll).messages(ANN, T0))
                .isInstanceOfSatisfying(ProviderHistoryException.class, e -> assertThat(e.stopsRun()).isFalse())
                .hasMessageContaining("503").hasMessageContaining("after 3 attempts");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void anotherClientErrorFailsTheQuestionAtOnce() {
        server.failNext(1, 400, "0100400", "participants is malformed");

        assertThatThrownBy(() -> client(settings(LINE_ID, 4), grantAll).messages(ANN, T0))
                .isInstanceOfSatisfying(ProviderHistoryException.class, e -> assertThat(e.stopsRun()).isFalse())
                .hasMessageContaining("400").hasMessageContaining("participants is malformed");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void anUnreadableItemFailsTheQuestionNamingIt() {
        server.seedMessage("""
                {"id":"ACbad","from":"+16175550123","to":["+16175550100"],"direction":"sideways",
                 "createdAt":"2026-03-02T12:05:00.000Z"}
                """);

        assertThatThrownBy(() -> client(settings(LINE_ID, 4), grantAll).messages(ANN, T0))
                .isInstanceOfSatisfying(ProviderHistoryException.class, e -> assertThat(e.stopsRun()).isFalse())
                .hasMessageContaining("ACbad").hasMessageContaining("direction");
    }

    @Test
    void messagesTheFakeAcceptedAreListedToo() {
        OpenPhoneSmsGateway gateway = new OpenPhoneSmsGateway(settings(LINE_ID, 4), grantAll);
        closeables.add(gateway);
        server.sendingNumber(LINE);
        gateway.send(new OutboundSms(ANN, "Sent from the CRM"));

        List<ProviderMessage> messages = client(settings(LINE_ID, 4), grantAll).messages(ANN, Instant.now().minusSeconds(60));

        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.providerId()).isEqualTo("AC1");
            assertThat(m.from()).isEqualTo(LINE);
            assertThat(m.text()).isEqualTo("Sent from the CRM");
            assertThat(m.direction()).isEqualTo(MessageDirection.OUTBOUND);
        });
    }

    @Test
    void manyPagesUnderTheSharedRedisRateGetNo429() {
        server.rateLimit(5);
        server.pageSize(1);
        for (int i = 1; i <= 12; i++) {
            server.seedMessage(inbound("AC" + i, ANN.e164(), "Text " + i, T0.plusSeconds(i)));
        }
        TestRedis redis = TestRedis.get();
        String prefix = redis.newPrefix();
        redisPrefixes.add(prefix);
        RateLimiter limiter = new RedisSlidingWindowRateLimiter(redis.connections(), prefix);
        OpenPhoneApiSettings fivePerSecond = new OpenPhoneApiSettings(server.baseUrl(), API_KEY, LINE_ID, 5, 1,
                Duration.ofSeconds(5), Duration.ofMillis(20));
        long start = System.nanoTime();

        List<ProviderMessage> messages = client(fivePerSecond, limiter).messages(ANN, T0);

        assertThat(messages).hasSize(12);
        assertThat(server.tooManyRequestsCount()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("12 requests at 5/s").isGreaterThanOrEqualTo(Duration.ofMillis(1_400));
    }

    private OpenPhoneHistoryClient client(OpenPhoneApiSettings settings, RateLimiter limiter) {
        OpenPhoneHistoryClient client = new OpenPhoneHistoryClient(settings, limiter);
        closeables.add(client);
        return client;
    }

    private OpenPhoneApiSettings settings(String from, int maxAttempts) {
        return new OpenPhoneApiSettings(server.baseUrl(), API_KEY, from, 10, maxAttempts, Duration.ofSeconds(5),
                Duration.ofMillis(20));
    }

    private static String inbound(String id, String from, String text, Instant at) {
        return """
                {"id":"%s","object":"message","from":"%s","to":["+16175550100"],"text":"%s","direction":"incoming",
                 "status":"received","createdAt":"%s"}
                """.formatted(id, from, text, at);
    }

    /** Grants every token and counts them. */
    private static final class CountingRateLimiter implements RateLimiter {

        private final AtomicInteger calls = new AtomicInteger();
        private volatile String lastBucket;

        @Override
        public boolean acquire(String bucket, int perSecond, Duration maxWait) {
            calls.incrementAndGet();
            lastBucket = bucket;
            return true;
        }
    }
}
