package com.attackacrack.crm.adapters.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.WebSettings;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.http.Status;
import io.helidon.http.WritableHeaders;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages(TemplateRenderer.create(WebSettings.of(0, false, "1", "test")), false);

    @Test
    void rendersTheNotFoundPageInTheLayout() {
        ErrorPages.Rendered rendered = pages.render(false, Status.NOT_FOUND_404, null);
        Document page = Jsoup.parse(new String(rendered.body(), StandardCharsets.UTF_8));

        assertThat(rendered.contentType().get()).isEqualTo("text/html; charset=UTF-8");
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("nav .navbar-brand").text()).isEqualTo("Attack-a-Crack CRM");
        assertThat(page.select(".crm-error-reference")).isEmpty();
    }

    @Test
    void rendersAServerErrorWithItsReference() {
        Document page = Jsoup.parse(new String(pages.render(false, Status.INTERNAL_SERVER_ERROR_500, "ABC123").body(),
                StandardCharsets.UTF_8));

        assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
        assertThat(page.select(".crm-error-reference").text()).isEqualTo("ABC123");
    }

    @Test
    void rendersOtherStatusesWithTheGenericPage() {
        Document page = Jsoup.parse(new String(pages.render(false, Status.METHOD_NOT_ALLOWED_405, null).body(),
                StandardCharsets.UTF_8));

        assertThat(page.select("h1").text()).isEqualTo("Method Not Allowed");
    }

    @Test
    void rendersJsonForJsonClients() {
        ErrorPages.Rendered rendered = pages.render(true, Status.INTERNAL_SERVER_ERROR_500, "ABC123");

        assertThat(rendered.contentType()).isEqualTo(HeaderValues.CONTENT_TYPE_JSON);
        assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).startsWith("{\"status\":500,\"error\":\"Internal Server Error\"")
                .endsWith(",\"reference\":\"ABC123\"}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/json|true",
        "application/json, text/plain;q=0.5|true",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|false",
        "*/*|false",
        "text/html;q=0.5, application/json|true",
        "application/json;q=0.4, text/html|false"})
    void prefersJsonOnlyWhenTheClientRanksItAboveHtml(String accept, boolean json) {
        WritableHeaders<?> headers = WritableHeaders.create();
        headers.set(HeaderNames.ACCEPT, accept);

        assertThat(ErrorPages.prefersJson(ServerRequestHeaders.create(headers))).isEqualTo(json);
    }

    @Test
    void withoutAnAcceptHeaderHtmlIsChosen() {
        assertThat(ErrorPages.prefersJson(ServerRequestHeaders.create())).isFalse();
    }

    @Test
    void referencesAreShortUppercaseAndUnique() {
        Set<String> references = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> references.add(ErrorPages.newReference()));

        assertThat(references).hasSize(1000).allMatch(it -> it.matches("[0-9A-F]{12}"));
    }
}
