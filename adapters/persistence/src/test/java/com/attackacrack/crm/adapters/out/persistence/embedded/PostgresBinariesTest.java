package com.attackacrack.crm.adapters.out.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresBinariesTest {

    @TempDir
    Path baseDir;

    @Test
    void extractsExecutableToolsAndMarksTheInstallationComplete() throws IOException {
        Path install = PostgresBinaries.ensureExtracted(baseDir);

        assertThat(install).isEqualTo(baseDir.resolve("pg-bin-" + PostgresBinaries.VERSION));
        assertThat(install.resolve("bin/pg_ctl")).isExecutable();
        assertThat(install.resolve("bin/initdb")).isExecutable();
        assertThat(install.resolve(PostgresBinaries.MARKER)).exists();
        assertThat(Files.list(baseDir)).containsExactly(install);
    }

    @Test
    void reusesACompleteInstallation() throws IOException {
        Path install = PostgresBinaries.ensureExtracted(baseDir);
        FileTime extractedAt = Files.getLastModifiedTime(install.resolve(PostgresBinaries.MARKER));

        PostgresBinaries.ensureExtracted(baseDir);

        assertThat(Files.getLastModifiedTime(install.resolve(PostgresBinaries.MARKER))).isEqualTo(extractedAt);
    }

    @Test
    void versionConstantMatchesTheBinariesJarOnTheClasspath() {
        URL archive = PostgresBinaries.class.getResource("/" + PostgresBinaries.ARCHIVE);

        assertThat(archive).isNotNull();
        assertThat(archive.toString()).contains("-" + PostgresBinaries.VERSION + ".jar!");
    }
}
