package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class VendorAssetsTest {

    private final VendorAssets assets = VendorAssets.detect(getClass().getClassLoader());

    @Test
    void detectsTheWebJarVersionsOnTheClassPath() {
        assertThat(assets.bootstrapVersion()).isEqualTo("5.3.3");
        assertThat(assets.htmxVersion()).isEqualTo("2.0.4");
        assertThat(assets.chartJsVersion()).isEqualTo("4.4.7");
    }

    @Test
    void urlsAreVersionedUnderStaticVendor() {
        assertThat(assets.bootstrapCss()).isEqualTo("/static/vendor/bootstrap/5.3.3/css/bootstrap.min.css");
        assertThat(assets.bootstrapJs()).isEqualTo("/static/vendor/bootstrap/5.3.3/js/bootstrap.bundle.min.js");
        assertThat(assets.htmxJs()).isEqualTo("/static/vendor/htmx/2.0.4/htmx.min.js");
    }

    @Test
    void locationsPointAtFilesInsideTheWebJars() {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(loader.getResource(assets.bootstrapLocation() + "/css/bootstrap.min.css")).isNotNull();
        assertThat(loader.getResource(assets.htmxLocation() + "/htmx.min.js")).isNotNull();
        assertThat(loader.getResource(assets.chartJsLocation() + "/chart.umd.js")).isNotNull();
    }

    @Test
    void namesTheMissingWebJar() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> VendorAssets.detect(empty))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("bootstrap");
        }
    }
}
