package com.attackacrack.crm.adapters.out.persistence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a PostgreSQL database lives and who connects to it, parsed from the URL forms operators paste
 * ({@code postgres://}, {@code postgresql://}, {@code jdbc:postgresql://}); {@link #toString()} masks the password.
 *
 * @param host the host name or address, IPv6 addresses in brackets
 * @param port the TCP port
 * @param database the database name
 * @param username the user, or null to let the driver choose
 * @param password the password, or null when there is none
 * @param parameters further connection parameters such as {@code sslmode}, carried into the JDBC URL
 */
public record PostgresUrl(String host, int port, String database, String username, String password,
                          Map<String, String> parameters) {

    /** The port PostgreSQL listens on when a URL names none. */
    public static final int DEFAULT_PORT = 5432;

    public PostgresUrl {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("database URL has no host");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("database URL port must be between 1 and 65535");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("database URL names no database");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
    }

    /** Parses any of the three URL forms; the exception message names what is wrong but never the password. */
    public static PostgresUrl parse(String url) {
        return PostgresUrlParser.parse(url);
    }

    /** The JDBC URL without user or password (give those to the pool separately), with the extra parameters. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + query(false);
    }

    /** The same server and credentials, another database. */
    public PostgresUrl withDatabase(String otherDatabase) {
        return new PostgresUrl(host, port, otherDatabase, username, password, parameters);
    }

    @Override
    public String toString() {
        String user = username == null ? "" : username + (password == null ? "" : ":****") + "@";
        return "postgres://" + user + host + ":" + port + "/" + database + query(true);
    }

    private String query(boolean masked) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner joiner = new StringJoiner("&", "?", "");
        parameters.forEach((key, value) ->
                joiner.add(key + "=" + (masked && isSecret(key) ? "****" : URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return joiner.toString();
    }

    private static boolean isSecret(String key) {
        return key.toLowerCase(Locale.ROOT).contains("password");
    }
}
