package com.attackacrack.crm.adapters.in.web.auth;

import java.util.List;
import java.util.Optional;

/** Reads one cookie out of raw {@code Cookie} request header values ({@code a=1; b=2}); the first non-empty value wins. */
final class Cookies {

    private Cookies() {
    }

    static Optional<String> find(List<String> cookieHeaders, String name) {
        if (cookieHeaders == null) {
            return Optional.empty();
        }
        for (String header : cookieHeaders) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).trim().equals(name)) {
                    String value = unquote(pair.substring(equals + 1).trim());
                    if (!value.isEmpty()) {
                        return Optional.of(value);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
