package com.attackacrack.crm.adapters.in.webhook.openphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Failure;
import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Refused;
import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Verified;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenPhoneSignatureVerifierTest {

    private static final JsonNode VECTORS = Fixtures.vectors();
    private static final JsonNode LEGACY = VECTORS.get("legacy");
    private static final JsonNode STANDARD = VECTORS.get("standard_webhooks");
    private static final String KEY = LEGACY.get("signing_key_base64").asText();
    private static final String SECRET = STANDARD.get("signing_secret").asText();
    private static final String OTHER_KEY = "b3RoZXIta2V5LW9mLWFub3RoZXItYWNjb3VudC0wMTIzNDU2Nzg5";
    private static final Instant LEGACY_AT = Instant.ofEpochMilli(Long.parseLong(LEGACY.get("timestamp_ms").asText()));
    private static final Instant STANDARD_AT = Instant.ofEpochSecond(Long.parseLong(STANDARD.get("webhook-timestamp")
            .asText()));

    @Test
    void theLegacyVectorVerifies() {
        Verification result = verifier(KEY, LEGACY_AT).verify(legacyHeaders(LEGACY.get("header_value").asText()),
                legacyBody());

        assertThat(result).isEqualTo(new Verified(SignatureScheme.LEGACY, LEGACY_AT, Optional.empty()));
    }

    @Test
    void theStandardVectorVerifiesWithTheWhsecSecretOrThePlainKey() {
        Verification withSecret = verifier(SECRET, STANDARD_AT).verify(standardHeaders(), standardBody());
        Verification withPlainKey = verifier(KEY, STANDARD_AT).verify(standardHeaders(), standardBody());

        Verified expected = new Verified(SignatureScheme.STANDARD, STANDARD_AT,
                Optional.of(STANDARD.get("webhook-id").asText()));
        assertThat(withSecret).isEqualTo(expected);
        assertThat(withPlainKey).isEqualTo(expected);
    }

    @Test
    void theLegacyVectorVerifiesWithTheWhsecSpellingOfTheKey() {
        Verification result = verifier(SECRET, LEGACY_AT).verify(legacyHeaders(LEGACY.get("header_value").asText()),
                legacyBody());

        assertThat(result).isInstanceOf(Verified.class);
    }

    @Test
    void aTamperedBodyIsRefusedUnderEitherScheme() {
        byte[] tampered = legacyBody().clone();
        tampered[tampered.length - 3] = 'y';

        assertThat(failure(verifier(KEY, LEGACY_AT).verify(legacyHeaders(LEGACY.get("header_value").asText()), tampered)))
                .isEqualTo(Failure.BAD_SIGNATURE);
        assertThat(failure(verifier(SECRET, STANDARD_AT).verify(standardHeaders(), tampered)))
                .isEqualTo(Failure.BAD_SIGNATURE);
    }

    @Test
    void aWrongKeyIsRefusedUnderEitherScheme() {
        assertThat(failure(verifier(OTHER_KEY, LEGACY_AT).verify(legacyHeaders(LEGACY.get("header_value").asText()),
                legacyBody()))).isEqualTo(Failure.BAD_SIGNATURE);
        assertThat(failure(verifier("whsec_" + OTHER_KEY, STANDARD_AT).verify(standardHeaders(), standardBody())))
                .isEqualTo(Failure.BAD_SIGNATURE);
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayEitherWayIsStale() {
        String header = LEGACY.get("header_value").asText();

        assertThat(failure(verifier(KEY, LEGACY_AT.plusSeconds(301)).verify(legacyHeaders(header), legacyBody())))
                .isEqualTo(Failure.STALE_TIMESTAMP);
        assertThat(failure(verifier(KEY, LEGACY_AT.minusSeconds(301)).verify(legacyHeaders(header), legacyBody())))
                .isEqualTo(Failure.STALE_TIMESTAMP);
        assertThat(failure(verifier(SECRET, STANDARD_AT.plusSeconds(301)).verify(standardHeaders(), standardBody())))
                .isEqualTo(Failure.STALE_TIMESTAMP);
        assertThat(failure(verifier(SECRET, STANDARD_AT.minusSeconds(301)).verify(standardHeaders(), standardBody())))
                .isEqualTo(Failure.STALE_TIMESTAMP);
        assertThat(verifier(KEY, LEGACY_AT.plusSeconds(300)).verify(legacyHeaders(header), legacyBody()))
                .isInstanceOf(Verified.class);
        assertThat(verifier(SECRET, STANDARD_AT.minusSeconds(300)).verify(standardHeaders(), standardBody()))
                .isInstanceOf(Verified.class);
    }

    @Test
    void noSignatureHeaderIsMissing() {
        assertThat(failure(verifier(KEY, LEGACY_AT).verify(new SignatureHeaders(null, null, null, null), legacyBody())))
                .isEqualTo(Failure.MISSING_HEADER);
    }

    @Test
    void anIncompleteStandardSetIsMissing() {
        SignatureHeaders noId = new SignatureHeaders(null, null, STANDARD.get("webhook-timestamp").asText(),
                STANDARD.get("webhook-signature").asText());

        assertThat(failure(verifier(SECRET, STANDARD_AT).verify(noId, standardBody()))).isEqualTo(Failure.MISSING_HEADER);
    }

    @Test
    void malformedHeadersAreRefusedAsMalformed() {
        OpenPhoneSignatureVerifier legacy = verifier(KEY, LEGACY_AT);
        for (String header : new String[] {"hmac;1;abc;AAAA", "sha1;1;1772460191120;" + digestOf(LEGACY), "hmac;1",
                "hmac;1;1772460191120;not base64!", "hmac;1;1772460191120;AAAA", "garbage"}) {
            assertThat(failure(legacy.verify(legacyHeaders(header), legacyBody()))).as(header)
                    .isEqualTo(Failure.MALFORMED_HEADER);
        }
        OpenPhoneSignatureVerifier standard = verifier(SECRET, STANDARD_AT);
        String id = STANDARD.get("webhook-id").asText();
        String signature = STANDARD.get("webhook-signature").asText();
        assertThat(failure(standard.verify(new SignatureHeaders(null, id, "soon", signature), standardBody())))
                .isEqualTo(Failure.MALFORMED_HEADER);
        assertThat(failure(standard.verify(new SignatureHeaders(null, id, "1772460191", "v2,abc v1a,xyz"),
                standardBody()))).isEqualTo(Failure.MALFORMED_HEADER);
    }

    @Test
    void duringKeyRotationAnyOfSeveralV1SignaturesIsAccepted() {
        String id = STANDARD.get("webhook-id").asText();
        String timestamp = STANDARD.get("webhook-timestamp").asText();
        String oldSignature = "v1," + Fixtures.sign(OTHER_KEY, id + "." + timestamp + ".", standardBody());
        String rotating = oldSignature + " " + STANDARD.get("webhook-signature").asText();
        String reversed = STANDARD.get("webhook-signature").asText() + " v1a,ignored " + oldSignature;

        assertThat(verifier(SECRET, STANDARD_AT).verify(new SignatureHeaders(null, id, timestamp, rotating),
                standardBody())).isInstanceOf(Verified.class);
        assertThat(verifier(SECRET, STANDARD_AT).verify(new SignatureHeaders(null, id, timestamp, reversed),
                standardBody())).isInstanceOf(Verified.class);
        assertThat(failure(verifier(SECRET, STANDARD_AT).verify(new SignatureHeaders(null, id, timestamp,
                oldSignature + " " + oldSignature), standardBody()))).isEqualTo(Failure.BAD_SIGNATURE);
    }

    @Test
    void theWebhookIdIsPartOfTheSignedContent() {
        SignatureHeaders otherId = new SignatureHeaders(null, "msg_other", STANDARD.get("webhook-timestamp").asText(),
                STANDARD.get("webhook-signature").asText());

        assertThat(failure(verifier(SECRET, STANDARD_AT).verify(otherId, standardBody()))).isEqualTo(Failure.BAD_SIGNATURE);
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> verifier("whsec_not*base64", LEGACY_AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64");
        assertThatThrownBy(() -> verifier("whsec_", LEGACY_AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsNeverMentionTheKeyOrTheBody() {
        Verification result = verifier(OTHER_KEY, LEGACY_AT).verify(legacyHeaders(LEGACY.get("header_value").asText()),
                legacyBody());

        assertThat(((Refused) result).detail()).doesNotContain(OTHER_KEY).doesNotContain("EVsig");
    }

    private static OpenPhoneSignatureVerifier verifier(String key, Instant now) {
        return new OpenPhoneSignatureVerifier(key, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Failure failure(Verification verification) {
        assertThat(verification).isInstanceOf(Refused.class);
        return ((Refused) verification).failure();
    }

    private static SignatureHeaders legacyHeaders(String value) {
        return SignatureHeaders.from(Map.of("openphone-signature", value)::get);
    }

    private static SignatureHeaders standardHeaders() {
        return new SignatureHeaders(null, STANDARD.get("webhook-id").asText(), STANDARD.get("webhook-timestamp").asText(),
                STANDARD.get("webhook-signature").asText());
    }

    private static String digestOf(JsonNode legacy) {
        String value = legacy.get("header_value").asText();
        return value.substring(value.lastIndexOf(';') + 1);
    }

    private static byte[] legacyBody() {
        return LEGACY.get("raw_body").asText().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] standardBody() {
        return STANDARD.get("raw_body").asText().getBytes(StandardCharsets.UTF_8);
    }
}
