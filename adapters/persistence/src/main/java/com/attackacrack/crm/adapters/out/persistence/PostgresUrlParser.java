package com.attackacrack.crm.adapters.out.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Splits a PostgreSQL URL into its parts without ever echoing the input, which may hold a password. */
final class PostgresUrlParser {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";
    private static final String[] URI_PREFIXES = {"postgres://", "postgresql://"};

    private PostgresUrlParser() {
    }

    static PostgresUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("database URL is empty");
        }
        String trimmed = url.strip();
        if (trimmed.startsWith(JDBC_PREFIX)) {
            return parseRest(trimmed.substring(JDBC_PREFIX.length()), true);
        }
        for (String prefix : URI_PREFIXES) {
            if (trimmed.startsWith(prefix)) {
                return parseRest(trimmed.substring(prefix.length()), false);
            }
        }
        throw new IllegalArgumentException(
                "database URL must start with postgres://, postgresql:// or jdbc:postgresql://");
    }

    private static PostgresUrl parseRest(String rest, boolean jdbc) {
        String userInfo = null;
        String afterUser = rest;
        int at = jdbc ? -1 : rest.lastIndexOf('@');
        if (at >= 0) {
            userInfo = rest.substring(0, at);
            afterUser = rest.substring(at + 1);
        }
        int question = afterUser.indexOf('?');
        String location = question < 0 ? afterUser : afterUser.substring(0, question);
        Map<String, String> parameters = question < 0 ? new LinkedHashMap<>() : parameters(afterUser.substring(question + 1));
        int slash = location.indexOf('/');
        if (slash < 0 || slash == location.length() - 1) {
            throw new IllegalArgumentException("database URL names no database (expected .../<database>)");
        }
        String database = decode(location.substring(slash + 1), "database name");
        if (database.contains("/") || database.contains("@")) {
            throw new IllegalArgumentException("database URL has a database name with / or @ (percent-encode the password)");
        }
        String hostAndPort = location.substring(0, slash);
        String username = parameters.remove("user");
        String password = parameters.remove("password");
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
        }
        return new PostgresUrl(host(hostAndPort), port(hostAndPort), database,
                username == null || username.isEmpty() ? null : username, password, parameters);
    }

    private static String host(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("database URL has an IPv6 host without a closing ]");
            }
            return hostAndPort.substring(0, close + 1);
        }
        int colon = hostAndPort.indexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    private static int port(String hostAndPort) {
        int close = hostAndPort.indexOf(']');
        int colon = hostAndPort.indexOf(':', Math.max(close, 0));
        if (colon < 0 || (close >= 0 && colon < close)) {
            return PostgresUrl.DEFAULT_PORT;
        }
        String port = hostAndPort.substring(colon + 1);
        if (!port.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("database URL port is not a number");
        }
        return Integer.parseInt(port);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("database URL has a query parameter without a name");
            }
            boolean secret = "password".equals(key);
            parameters.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1), secret ? "password" : "parameter " + key));
        }
        return parameters;
    }

    private static String decode(String value, String what) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("database URL has a malformed %-escape in the " + what);
        }
    }
}
