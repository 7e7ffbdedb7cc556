package com.attackacrack.crm.adapters.out.security;

import com.attackacrack.crm.application.port.out.CommonPasswords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The common-password list bundled on the class path (zxcvbn's 30,000), held in memory lower-cased. */
public final class BundledCommonPasswords implements CommonPasswords {

    /** The class-path resource holding one password per line. */
    public static final String RESOURCE = "security/common-passwords.txt";

    private final Set<String> passwords;

    /** Reads the bundled list once; fails if the resource is missing from the class path. */
    public BundledCommonPasswords() {
        this(RESOURCE);
    }

    BundledCommonPasswords(String resource) {
        this.passwords = load(resource);
    }

    private static Set<String> load(String resource) {
        InputStream in = BundledCommonPasswords.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("common-password list " + resource + " is not on the class path");
        }
        Set<String> loaded = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String password = line.strip();
                if (!password.isEmpty()) {
                    loaded.add(password.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read common-password list " + resource, e);
        }
        return loaded;
    }

    @Override
    public boolean contains(String password) {
        return password != null && passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many distinct (lower-cased) passwords the list holds. */
    public int size() {
        return passwords.size();
    }
}
