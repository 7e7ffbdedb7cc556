package com.attackacrack.crm.adapters.in.webhook.openphone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The OpenPhone fixtures copied under {@code src/test/resources/openphone/}, and a signer for test deliveries. */
final class Fixtures {

    static final List<String> PAYLOADS = List.of("message.received", "message.delivered", "call.ringing",
            "call.completed", "call.recording.completed", "call.summary.completed", "call.transcript.completed",
            "contact.updated");

    private Fixtures() {
    }

    static JsonNode vectors() {
        try {
            return new ObjectMapper().readTree(bytes("signature-vectors.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] payload(String type) {
        return bytes(type + ".json");
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/openphone/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The legacy header for {@code body} signed at {@code millis} with the base64 key. */
    static Map<String, String> legacy(String keyBase64, long millis, byte[] body) {
        return Map.of("openphone-signature", "hmac;1;" + millis + ";" + sign(keyBase64, millis + ".", body));
    }

    /** The Standard Webhooks headers for {@code body} signed at {@code seconds} with the base64 key. */
    static Map<String, String> standard(String keyBase64, String id, long seconds, byte[] body) {
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(seconds),
                "webhook-signature", "v1," + sign(keyBase64, id + "." + seconds + ".", body));
    }

    static String sign(String keyBase64, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(keyBase64), "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
