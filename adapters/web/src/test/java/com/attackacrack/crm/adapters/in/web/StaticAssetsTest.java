package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StaticAssetsTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void servesBootstrapCssFromTheWebJarWithALongCache() {
        HttpResponse<String> response = server.get("/static/vendor/bootstrap/5.3.3/css/bootstrap.min.css", "text/css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(it -> assertThat(it).startsWith("text/css"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(response.body()).contains("Bootstrap").contains("v5.3.3");
    }

    @Test
    void servesHtmxAsJavaScript() {
        HttpResponse<String> response = server.get("/static/vendor/htmx/2.0.4/htmx.min.js", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(it -> assertThat(it).contains("javascript"));
        assertThat(response.body()).contains("htmx");
    }

    @Test
    void servesBootstrapJavaScriptBundle() {
        HttpResponse<String> response = server.get("/static/vendor/bootstrap/5.3.3/js/bootstrap.bundle.min.js", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(it -> assertThat(it).contains("javascript"));
    }

    @Test
    void servesTheApplicationStylesheetWithAShortCache() {
        HttpResponse<String> response = server.get("/static/css/app.css", "text/css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(it -> assertThat(it).startsWith("text/css"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(response.body()).contains(".htmx-indicator");
    }

    @Test
    void aMissingAssetIsAnUncachedFriendly404() {
        HttpResponse<String> vendor = server.get("/static/vendor/bootstrap/5.3.3/css/nope.css");
        HttpResponse<String> own = server.get("/static/css/nope.css");

        assertThat(vendor.statusCode()).isEqualTo(404);
        assertThat(vendor.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(own.statusCode()).isEqualTo(404);
    }

    @Test
    void doesNotServeFilesOutsideTheStaticFolders() {
        assertThat(server.get("/static/../templates/home/index.ftlh").statusCode()).isIn(302, 400, 404);
        assertThat(server.get("/static/%2e%2e/templates/home/index.ftlh").statusCode()).isIn(302, 400, 404);
        assertThat(server.get("/static/vendor/bootstrap/5.3.3/../package.json").statusCode()).isIn(302, 400, 404);
        assertThat(server.admin().get("/static/../templates/home/index.ftlh").statusCode()).isIn(400, 404);
        assertThat(server.admin().get("/templates/home/index.ftlh").statusCode()).isEqualTo(404);
    }
}
