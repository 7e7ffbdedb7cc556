package com.attackacrack.crm.application.port.out;

/** Makes unguessable one-time tokens (256 random bits, URL-safe) for invites, sessions and CSRF. */
public interface TokenGenerator {

    String newToken();
}
