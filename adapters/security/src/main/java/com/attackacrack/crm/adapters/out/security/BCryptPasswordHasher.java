package com.attackacrack.crm.adapters.out.security;

import com.attackacrack.crm.application.port.out.PasswordHasher;
import java.security.SecureRandom;
import java.util.Objects;
import org.mindrot.jbcrypt.BCrypt;

/** Hashes passwords with bcrypt ({@code $2a$}, jBCrypt) at a configurable cost. */
public final class BCryptPasswordHasher implements PasswordHasher {

    /** The work factor used when none is given: 2^12 rounds. */
    public static final int DEFAULT_COST = 12;
    private static final int MIN_COST = 4;
    private static final int MAX_COST = 31;

    private final int cost;
    private final SecureRandom random = new SecureRandom();

    /** A hasher at the default cost of 12. */
    public BCryptPasswordHasher() {
        this(DEFAULT_COST);
    }

    /** A hasher at {@code cost} (log2 of the rounds, 4 to 31); tests use 4 for speed. */
    public BCryptPasswordHasher(int cost) {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between " + MIN_COST + " and " + MAX_COST + ", was " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        return BCrypt.hashpw(password, BCrypt.gensalt(cost, random));
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return BCrypt.checkpw(password, hash);
        } catch (RuntimeException notBcrypt) {
            return false;
        }
    }
}
