package com.attackacrack.crm.bootstrap.config;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import java.util.Optional;
import java.util.regex.Pattern;

/** Shape checks for connection strings and keys; each returns a problem (never echoing the value) or empty. */
final class ConfigChecks {

    private static final Pattern PHONE_NUMBER_ID = Pattern.compile("PN[A-Za-z0-9]{4,64}|\\+[1-9][0-9]{7,14}");

    private ConfigChecks() {
    }

    static Optional<String> postgresUrl(String value) {
        try {
            PostgresUrl.parse(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a usable PostgreSQL URL (postgres://user:pass@host:port/db): " + e.getMessage());
        }
    }

    static Optional<String> redisUrl(String value) {
        boolean known = value.startsWith("redis://") || value.startsWith("rediss://");
        return known ? Optional.empty() : Optional.of("must be a Redis URL (redis://host:port or rediss://user:pass@host:port)");
    }

    static Optional<String> longSecret(String value) {
        return value.length() >= 32 ? Optional.empty()
                : Optional.of("must be at least 32 characters (generate one with: openssl rand -base64 48)");
    }

    static Optional<String> present(String value) {
        return Optional.empty();
    }

    static Optional<String> phoneNumberId(String value) {
        return PHONE_NUMBER_ID.matcher(value).matches() ? Optional.empty()
                : Optional.of("must be an OpenPhone phone number id (PN...) or an E.164 number, was '" + value + "'");
    }

    static Optional<String> sentryDsn(String value) {
        return value.startsWith("https://") || value.startsWith("http://") ? Optional.empty()
                : Optional.of("must be a Sentry DSN URL (https://<key>@<host>/<project>)");
    }
}
