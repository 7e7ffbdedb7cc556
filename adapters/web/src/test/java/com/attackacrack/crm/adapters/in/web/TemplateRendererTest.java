package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer = TemplateRenderer.create(WebSettings.of(0, false, "9.9.9", "staging"));

    @Test
    void escapesHtmlInModelValues() {
        String html = renderer.render("test/echo", Map.of("value", "<script>alert('x')</script> & \"q\""));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Jsoup.parse(html).getElementById("value").text()).isEqualTo("<script>alert('x')</script> & \"q\"");
    }

    @Test
    void pagesUseTheLayoutWithNavigationVersionAndEnvironment() {
        Document page = Jsoup.parse(renderer.render("errors/404", Map.of("status", 404, "reason", "Not Found", "message", "m")));

        assertThat(page.select("nav .navbar-brand").text()).isEqualTo("Attack-a-Crack CRM");
        assertThat(page.select("footer").text()).contains("Version 9.9.9").contains("staging");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/static/vendor/bootstrap/5.3.3/css/bootstrap.min.css", "/static/css/app.css");
        assertThat(page.select("script").eachAttr("src")).containsExactly("/static/vendor/htmx/2.0.4/htmx.min.js",
                "/static/vendor/bootstrap/5.3.3/js/bootstrap.bundle.min.js", "/static/js/confirm.js");
    }

    @Test
    void layoutHasNoInlineScriptsOrStyles() {
        Document page = Jsoup.parse(renderer.render("errors/404", Map.of("status", 404, "reason", "Not Found", "message", "m")));

        assertThat(page.select("style")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("script").stream().filter(it -> !it.hasAttr("src") || !it.data().isBlank())).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(it -> it.attributes().asList().stream())
                .filter(it -> it.getKey().startsWith("on"))).isEmpty();
    }

    @Test
    void aMissingValueFailsLoudlyInsteadOfRenderingBlank() {
        assertThatThrownBy(() -> renderer.render("test/broken", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test/broken");
    }

    @Test
    void rejectsUnsafeViewNamesAndReservedModelKeys() {
        assertThatThrownBy(() -> renderer.render("../secrets", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render("/home/index", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render("test/echo", Map.of("app", "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownViewIsAnError() {
        assertThatThrownBy(() -> renderer.render("test/nope", Map.of())).hasMessageContaining("test/nope");
    }
}
