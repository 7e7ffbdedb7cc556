package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies the way OpenPhone does, for tests: given the signing key as OpenPhone shows it (base64, with or
 * without {@code whsec_}), the headers of the legacy scheme ({@code openphone-signature: hmac;1;<ms>;<base64>} over
 * {@code <ms>.<body>}) or of Standard Webhooks ({@code webhook-id}, {@code webhook-timestamp} in seconds,
 * {@code webhook-signature: v1,<base64>} over {@code <id>.<seconds>.<body>}).
 */
public final class WebhookSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SECRET_PREFIX = "whsec_";

    private final byte[] key;

    /** A signer for a base64 key ({@code Zml4...}) or a Standard Webhooks secret ({@code whsec_Zml4...}). */
    public WebhookSigner(String signingKey) {
        Objects.requireNonNull(signingKey, "signingKey");
        String encoded = signingKey.strip();
        if (encoded.startsWith(SECRET_PREFIX)) {
            encoded = encoded.substring(SECRET_PREFIX.length());
        }
        this.key = Base64.getDecoder().decode(encoded);
        if (key.length == 0) {
            throw new IllegalArgumentException("the signing key is empty");
        }
    }

    /** The headers for {@code body} under {@code scheme}, signed at {@code at} (standard: a fresh webhook-id). */
    public Map<String, String> headers(SignatureScheme scheme, byte[] body, Instant at) {
        return switch (scheme) {
            case LEGACY -> legacy(body, at.toEpochMilli());
            case STANDARD -> standard(body, "msg_" + UUID.randomUUID().toString().replace("-", ""), at.getEpochSecond());
        };
    }

    /** {@code openphone-signature: hmac;1;<millis>;<base64>}. */
    public Map<String, String> legacy(byte[] body, long millis) {
        return Map.of("openphone-signature", "hmac;1;" + millis + ";" + digest(millis + ".", body));
    }

    /** {@code webhook-id}, {@code webhook-timestamp} (seconds) and {@code webhook-signature: v1,<base64>}. */
    public Map<String, String> standard(byte[] body, String webhookId, long seconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(seconds));
        headers.put("webhook-signature", "v1," + digest(webhookId + "." + seconds + ".", body));
        return headers;
    }

    /** The UTF-8 bytes of a body given as text. */
    public static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private String digest(String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
