package com.attackacrack.crm.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads typed values from environment variables and collects every problem instead of stopping at the first. */
final class EnvReader {

    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    EnvReader(Map<String, String> env) {
        this.env = env;
    }

    Optional<String> optional(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    Optional<String> required(String name, String what) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            problems.add(name + " is missing: " + what);
        }
        return value;
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be a whole number from " + min + " to " + max + ", was '" + raw.get() + "'");
        return defaultValue;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, raw.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(name + " must be one of " + choices(type) + ", was '" + raw.get() + "'");
            return defaultValue;
        }
    }

    /** An IANA time zone id such as America/New_York; offsets like +02:00 are refused, as they ignore daylight saving. */
    ZoneId zone(String name, ZoneId defaultValue) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        if (ZoneId.getAvailableZoneIds().contains(raw.get())) {
            return ZoneId.of(raw.get());
        }
        problems.add(name + " must be a time zone id such as America/New_York, was '" + raw.get() + "'");
        return defaultValue;
    }

    Optional<URI> httpUrl(String name, boolean requireHttps) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            boolean schemeOk = requireHttps ? scheme.equals("https") : scheme.equals("http") || scheme.equals("https");
            if (schemeOk && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(name + " must be an absolute " + (requireHttps ? "https" : "http(s)") + " URL, was '" + raw.get() + "'");
        return Optional.empty();
    }

    /** A secret checked by {@code check}, which returns a problem description (never containing the value) or empty. */
    Optional<Secret> secret(String name, Function<String, Optional<String>> check) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> problem = check.apply(raw.get());
        problem.ifPresent(p -> problems.add(name + " " + p));
        return problem.isPresent() ? Optional.empty() : Optional.of(new Secret(raw.get()));
    }

    void problem(String description) {
        problems.add(description);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Returns the config when nothing was wrong, else throws one exception naming every problem. */
    CrmConfig complete(CrmConfig config) {
        if (!problems.isEmpty()) {
            throw new ConfigException(config.environment().code(), problems);
        }
        return config;
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join("|", names);
    }
}
