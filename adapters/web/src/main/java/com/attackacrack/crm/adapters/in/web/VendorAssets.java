package com.attackacrack.crm.adapters.in.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The third-party browser assets (Bootstrap, htmx, Chart.js) served from their WebJars under versioned, cacheable URLs.
 *
 * @param bootstrapVersion version of the Bootstrap WebJar on the classpath
 * @param htmxVersion      version of the htmx WebJar on the classpath
 * @param chartJsVersion   version of the Chart.js WebJar on the classpath
 */
public record VendorAssets(String bootstrapVersion, String htmxVersion, String chartJsVersion) {

    /** URL prefix under which every vendor asset is served. */
    public static final String URL_PREFIX = "/static/vendor";

    private static final String WEBJARS = "META-INF/resources/webjars";

    /** Reads the WebJar versions from their Maven metadata on the class path. */
    public static VendorAssets detect(ClassLoader loader) {
        return new VendorAssets(webJarVersion(loader, "bootstrap"), webJarVersion(loader, "htmx.org"),
                webJarVersion(loader, "chart.js"));
    }

    /** Where Bootstrap's dist folder is mounted, e.g. {@code /static/vendor/bootstrap/5.3.3}. */
    public String bootstrapBaseUrl() {
        return URL_PREFIX + "/bootstrap/" + bootstrapVersion;
    }

    /** Where htmx's dist folder is mounted, e.g. {@code /static/vendor/htmx/2.0.4}. */
    public String htmxBaseUrl() {
        return URL_PREFIX + "/htmx/" + htmxVersion;
    }

    /** Where Chart.js's dist folder is mounted, e.g. {@code /static/vendor/chartjs/4.4.7}. */
    public String chartJsBaseUrl() {
        return URL_PREFIX + "/chartjs/" + chartJsVersion;
    }

    /** The minified Chart.js UMD bundle. */
    public String chartJs() {
        return chartJsBaseUrl() + "/chart.umd.js";
    }

    /** Class-path folder holding Chart.js's built files. */
    public String chartJsLocation() {
        return WEBJARS + "/chart.js/" + chartJsVersion + "/dist";
    }

    /** The minified Bootstrap stylesheet. */
    public String bootstrapCss() {
        return bootstrapBaseUrl() + "/css/bootstrap.min.css";
    }

    /** The minified Bootstrap script bundle (with Popper). */
    public String bootstrapJs() {
        return bootstrapBaseUrl() + "/js/bootstrap.bundle.min.js";
    }

    /** The minified htmx script. */
    public String htmxJs() {
        return htmxBaseUrl() + "/htmx.min.js";
    }

    /** Class-path folder holding Bootstrap's built files. */
    public String bootstrapLocation() {
        return WEBJARS + "/bootstrap/" + bootstrapVersion + "/dist";
    }

    /** Class-path folder holding htmx's built files. */
    public String htmxLocation() {
        return WEBJARS + "/htmx.org/" + htmxVersion + "/dist";
    }

    private static String webJarVersion(ClassLoader loader, String artifactId) {
        String resource = "META-INF/maven/org.webjars.npm/" + artifactId + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + artifactId + " is not on the class path (no " + resource + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new IllegalStateException("WebJar " + artifactId + " has no version in " + resource);
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
