package com.attackacrack.crm.adapters.out.openphone;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneSignatureVerifier;
import com.attackacrack.crm.adapters.in.webhook.openphone.SignatureHeaders;
import com.attackacrack.crm.adapters.in.webhook.openphone.Verification;
import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Verified;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private static final JsonNode VECTORS = vectors();
    private static final JsonNode LEGACY = VECTORS.get("legacy");
    private static final JsonNode STANDARD = VECTORS.get("standard_webhooks");
    private static final byte[] BODY = WebhookSigner.utf8(LEGACY.get("raw_body").asText());
    private static final Instant NOW = Instant.ofEpochMilli(Long.parseLong(LEGACY.get("timestamp_ms").asText()));

    @Test
    void theLegacyHeaderMatchesTheVector() {
        WebhookSigner signer = new WebhookSigner(LEGACY.get("signing_key_base64").asText());

        Map<String, String> headers = signer.legacy(BODY, NOW.toEpochMilli());

        assertThat(headers).containsExactly(Map.entry(LEGACY.get("header_name").asText(), LEGACY.get("header_value").asText()));
        assertThat(signer.headers(SignatureScheme.LEGACY, BODY, NOW)).isEqualTo(headers);
    }

    @Test
    void theStandardHeadersMatchTheVector() {
        WebhookSigner signer = new WebhookSigner(STANDARD.get("signing_secret").asText());
        byte[] body = WebhookSigner.utf8(STANDARD.get("raw_body").asText());

        Map<String, String> headers = signer.standard(body, STANDARD.get("webhook-id").asText(),
                Long.parseLong(STANDARD.get("webhook-timestamp").asText()));

        assertThat(headers).containsEntry("webhook-id", STANDARD.get("webhook-id").asText())
                .containsEntry("webhook-timestamp", STANDARD.get("webhook-timestamp").asText())
                .containsEntry("webhook-signature", STANDARD.get("webhook-signature").asText());
    }

    @Test
    void theVerifierAcceptsBothSchemesWhicheverFormOfTheKeyEachSideHolds() {
        String key = LEGACY.get("signing_key_base64").asText();
        OpenPhoneSignatureVerifier verifier = new OpenPhoneSignatureVerifier(key, Clock.fixed(NOW, ZoneOffset.UTC));
        for (String signingKey : new String[] {key, "whsec_" + key}) {
            WebhookSigner signer = new WebhookSigner(signingKey);
            for (SignatureScheme scheme : SignatureScheme.values()) {
                Map<String, String> headers = signer.headers(scheme, BODY, NOW);

                Verification verification = verifier.verify(SignatureHeaders.from(headers::get), BODY);

                assertThat(verification).as(scheme + " with " + signingKey).isInstanceOfSatisfying(Verified.class,
                        verified -> assertThat(verified.scheme()).isEqualTo(scheme));
            }
        }
    }

    @Test
    void anotherKeysSignatureIsRefused() {
        OpenPhoneSignatureVerifier verifier = new OpenPhoneSignatureVerifier(LEGACY.get("signing_key_base64").asText(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        WebhookSigner other = new WebhookSigner("b3RoZXIta2V5LW9mLWFub3RoZXItYWNjb3VudC0wMTIzNDU2Nzg5");

        Verification verification = verifier.verify(SignatureHeaders.from(other.headers(SignatureScheme.STANDARD, BODY,
                NOW)::get), BODY);

        assertThat(verification).isInstanceOf(Verification.Refused.class);
    }

    private static JsonNode vectors() {
        try (InputStream in = WebhookSignerTest.class.getResourceAsStream("/openphone/signature-vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
