package com.attackacrack.crm.adapters.in.webhook.openphone;

import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Failure;
import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Refused;
import com.attackacrack.crm.adapters.in.webhook.openphone.Verification.Verified;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an OpenPhone webhook's signature against its raw body, under either scheme: legacy
 * {@code openphone-signature: hmac;1;<ms>;<base64>} over {@code <ms>.<body>}, or Standard Webhooks
 * ({@code webhook-id}, {@code webhook-timestamp} in seconds, {@code webhook-signature} with one or more
 * {@code v1,<base64>} entries) over {@code <id>.<seconds>.<body>}; HMAC-SHA256, compared in constant time, and
 * timestamps more than five minutes from now are refused.
 */
public final class OpenPhoneSignatureVerifier {

    /** How far a delivery's timestamp may be from now, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SECRET_PREFIX = "whsec_";
    private static final int DIGEST_BYTES = 32;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final SecretKeySpec key;
    private final Clock clock;

    /**
     * A verifier for the signing key as OpenPhone shows it: base64, with or without the {@code whsec_} prefix.
     *
     * @throws IllegalArgumentException when the key is blank or not base64 (the message never contains the key)
     */
    public OpenPhoneSignatureVerifier(String signingKey, Clock clock) {
        Objects.requireNonNull(signingKey, "signingKey");
        this.clock = Objects.requireNonNull(clock, "clock");
        String encoded = signingKey.strip();
        if (encoded.startsWith(SECRET_PREFIX)) {
            encoded = encoded.substring(SECRET_PREFIX.length());
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            // the decoder's message quotes the offending character of the key: leave it out
            throw new IllegalArgumentException("the OpenPhone signing key is not base64");
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("the OpenPhone signing key is empty");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Verifies a delivery: the Standard Webhooks headers when any is present, else the legacy header. */
    public Verification verify(SignatureHeaders headers, byte[] rawBody) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(rawBody, "rawBody");
        if (headers.standardPresent()) {
            return verifyStandard(headers, rawBody);
        }
        if (headers.openPhoneSignature() != null) {
            return verifyLegacy(headers.openPhoneSignature(), rawBody);
        }
        return new Refused(Failure.MISSING_HEADER, "no openphone-signature or webhook-signature header");
    }

    private Verification verifyLegacy(String header, byte[] rawBody) {
        String[] parts = header.strip().split(";", -1);
        if (parts.length != 4 || !"hmac".equals(parts[0]) || !"1".equals(parts[1])) {
            return new Refused(Failure.MALFORMED_HEADER, "openphone-signature is not hmac;1;<timestamp>;<digest>");
        }
        if (!DIGITS.matcher(parts[2]).matches()) {
            return new Refused(Failure.MALFORMED_HEADER, "openphone-signature timestamp is not a number");
        }
        Optional<byte[]> digest = decodeDigest(parts[3]);
        if (digest.isEmpty()) {
            return new Refused(Failure.MALFORMED_HEADER, "openphone-signature digest is not a base64 SHA-256 HMAC");
        }
        Instant timestamp = Instant.ofEpochMilli(Long.parseLong(parts[2]));
        Optional<Refused> stale = staleness(timestamp);
        if (stale.isPresent()) {
            return stale.get();
        }
        byte[] expected = hmac(parts[2] + ".", rawBody);
        if (!MessageDigest.isEqual(expected, digest.get())) {
            return new Refused(Failure.BAD_SIGNATURE, "openphone-signature does not match the body");
        }
        return new Verified(SignatureScheme.LEGACY, timestamp, Optional.empty());
    }

    private Verification verifyStandard(SignatureHeaders headers, byte[] rawBody) {
        String id = blankToNull(headers.webhookId());
        String seconds = blankToNull(headers.webhookTimestamp());
        String signature = blankToNull(headers.webhookSignature());
        if (id == null || seconds == null || signature == null) {
            return new Refused(Failure.MISSING_HEADER,
                    "webhook-id, webhook-timestamp and webhook-signature are all required");
        }
        if (!DIGITS.matcher(seconds).matches()) {
            return new Refused(Failure.MALFORMED_HEADER, "webhook-timestamp is not a number of seconds");
        }
        List<byte[]> candidates = new ArrayList<>();
        for (String entry : WHITESPACE.split(signature)) {
            if (entry.startsWith("v1,")) {
                decodeDigest(entry.substring(3)).ifPresent(candidates::add);
            }
        }
        if (candidates.isEmpty()) {
            return new Refused(Failure.MALFORMED_HEADER, "webhook-signature has no v1,<base64> entry");
        }
        Instant timestamp = Instant.ofEpochSecond(Long.parseLong(seconds));
        Optional<Refused> stale = staleness(timestamp);
        if (stale.isPresent()) {
            return stale.get();
        }
        byte[] expected = hmac(id + "." + seconds + ".", rawBody);
        boolean matched = false;
        for (byte[] candidate : candidates) {
            matched |= MessageDigest.isEqual(expected, candidate);
        }
        if (!matched) {
            return new Refused(Failure.BAD_SIGNATURE, "no webhook-signature entry matches the body");
        }
        return new Verified(SignatureScheme.STANDARD, timestamp, Optional.of(id));
    }

    private Optional<Refused> staleness(Instant timestamp) {
        Duration away = Duration.between(clock.instant(), timestamp);
        if (away.abs().compareTo(TOLERANCE) > 0) {
            return Optional.of(new Refused(Failure.STALE_TIMESTAMP,
                    "timestamp is " + away.toSeconds() + " s from now, more than " + TOLERANCE.toSeconds() + " s"));
        }
        return Optional.empty();
    }

    private byte[] hmac(String prefix, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(rawBody);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Optional<byte[]> decodeDigest(String base64) {
        try {
            byte[] digest = Base64.getDecoder().decode(base64.strip());
            return digest.length == DIGEST_BYTES ? Optional.of(digest) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
