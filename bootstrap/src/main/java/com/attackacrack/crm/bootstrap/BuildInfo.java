package com.attackacrack.crm.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and build time Maven wrote into the jar, shown by {@code --version}, /health and page footers. */
public record BuildInfo(String version, String buildTime) {

    public static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/crm-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read crm-version.properties", e);
        }
        return new BuildInfo(properties.getProperty("version", "unknown"), properties.getProperty("build.time", "unknown"));
    }
}
