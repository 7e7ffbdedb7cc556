package com.attackacrack.crm.bootstrap.config;

import java.security.SecureRandom;
import java.util.Base64;

/** Generates random secrets from one shared {@link SecureRandom}. */
final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** {@code bytes} random bytes, URL-safe Base64 without padding. */
    static String generate(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
