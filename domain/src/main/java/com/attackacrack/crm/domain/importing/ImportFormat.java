package com.attackacrack.crm.domain.importing;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an import reads; each has a key used on the command line and in URLs. */
public enum ImportFormat {
    PROPERTYRADAR("propertyradar", "PropertyRadar export"),
    OPENPHONE("openphone", "OpenPhone contacts export"),
    GENERIC("generic", "Generic CSV (column mapping)");

    private final String key;
    private final String label;

    ImportFormat(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The lower-case key, e.g. {@code propertyradar}. */
    public String key() {
        return key;
    }

    /** The name people read. */
    public String label() {
        return label;
    }

    /** The format with this key (any case, trimmed), or empty. */
    public static Optional<ImportFormat> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (format.key.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
