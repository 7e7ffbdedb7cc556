package com.attackacrack.crm.application.port.out;

/** Hashes passwords for storage and checks a password against a stored hash (bcrypt in production). */
public interface PasswordHasher {

    String hash(String password);

    /** False for a wrong password and for a hash that is not in this hasher's format; never throws for those. */
    boolean matches(String password, String hash);
}
