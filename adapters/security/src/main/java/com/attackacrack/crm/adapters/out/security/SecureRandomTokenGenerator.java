package com.attackacrack.crm.adapters.out.security;

import com.attackacrack.crm.application.port.out.TokenGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** Makes tokens from 32 bytes of one shared {@link SecureRandom}, URL-safe Base64 without padding (43 characters). */
public final class SecureRandomTokenGenerator implements TokenGenerator {

    private static final int TOKEN_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
