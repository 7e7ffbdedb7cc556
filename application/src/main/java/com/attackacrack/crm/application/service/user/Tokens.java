package com.attackacrack.crm.application.service.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes one-time tokens (invites, sessions) for storage, so a leaked database holds no usable token. */
final class Tokens {

    private Tokens() {
    }

    /** SHA-256 of the token's UTF-8 bytes as 64 lower-case hex digits. */
    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
