package com.attackacrack.crm.adapters.in.web.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Decides where the login page may send people afterwards: only same-site relative paths (a single leading {@code /},
 * no {@code //} or backslash, no scheme, no control characters, also after one round of percent-decoding); anything
 * else goes to {@code /}.
 */
public final class SafeRedirects {

    /** Where to go when the requested target is missing or unsafe. */
    public static final String HOME = "/";

    private static final int MAX_LENGTH = 2048;

    private SafeRedirects() {
    }

    /** The target if it is a safe same-site path, else {@code /}. */
    public static String target(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !safe(next, true)) {
            return HOME;
        }
        try {
            String decoded = URLDecoder.decode(next, StandardCharsets.UTF_8);
            return safe(decoded, false) ? next : HOME;
        } catch (IllegalArgumentException e) {
            return HOME;
        }
    }

    private static boolean safe(String path, boolean raw) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || Character.isISOControl(c) || raw && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
