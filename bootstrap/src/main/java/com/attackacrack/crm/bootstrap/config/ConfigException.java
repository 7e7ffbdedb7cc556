package com.attackacrack.crm.bootstrap.config;

import java.util.List;

/** Thrown when configuration is missing or malformed; lists every problem at once, never a secret value. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ConfigException(String environment, List<String> problems) {
        super("Configuration for " + environment + " is incomplete (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
