package com.attackacrack.crm.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Generates the development session secret once and keeps it under the data dir, so restarts keep sessions valid. */
final class DevelopmentSecrets {

    private static final String FILE = "dev-session-secret";

    private DevelopmentSecrets() {
    }

    static Secret sessionSecret(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (stored.length() >= 32) {
                    return new Secret(stored);
                }
            }
            Files.createDirectories(dataDir);
            String secret = RandomSecrets.generate(48);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return new Secret(secret);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development session secret in " + file, e);
        }
    }
}
