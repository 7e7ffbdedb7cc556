package com.attackacrack.crm.adapters.in.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeCheckSystemHealth;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.domain.system.ComponentStatus;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HomeControllerTest {

    private static final List<String> COMING_SOON = List.of();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void allUp() {
        server.health().answering(FakeCheckSystemHealth.allUp().check().components());
        server.accounts().reset();
    }

    private static Document home() {
        return home(server.admin());
    }

    private static Document home(Browser browser) {
        HttpResponse<String> response = browser.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        return Jsoup.parse(response.body(), server.uri("/").toString());
    }

    @Test
    void showsEachComponentFromTheHealthCheck() {
        Document page = home();

        assertThat(page.select("h1").text()).isEqualTo("Welcome to Attack-a-Crack CRM");
        assertThat(page.select("#system-status .crm-component-name").eachText()).containsExactly("database", "redis", "worker");
        assertThat(page.select("#system-status [data-component=redis] .crm-component-detail").text()).isEqualTo("Redis 7.2, PONG");
        assertThat(page.select("#system-status .crm-component-state").eachText()).containsOnly("Up");
        assertThat(page.select("#system-status time").attr("datetime")).isEqualTo("2025-01-02T03:04:05Z");
    }

    @Test
    void aDownComponentIsShownDownWithItsDetailEscaped() {
        server.health().withDown("worker", "<b>no heartbeat</b>");

        Document page = home();
        Element worker = page.selectFirst("#system-status [data-component=worker]");

        assertThat(worker.select(".crm-component-state").text()).isEqualTo("Down");
        assertThat(worker.select(".crm-component-detail").text()).isEqualTo("<b>no heartbeat</b>");
        assertThat(worker.select("b")).isEmpty();
        assertThat(page.select("#system-status .card-header .badge").text()).isEqualTo("Degraded");
    }

    @Test
    void stillRendersWhenTheHealthCheckFails() {
        server.health().failingWith(new IllegalStateException("secret"));

        Document page = home();

        assertThat(page.select("#system-status").text()).contains("could not be checked").doesNotContain("secret");
        assertThat(page.select("#system-status code").text()).matches("[0-9A-F]{12}");
    }

    @Test
    void requiresSignIn() {
        HttpResponse<String> response = server.get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void navigationLinksContactsPropertiesListsFiltersAndConversationsShowsTheRestAsComingSoonAndSettingsForAdmins() {
        Document page = home();
        List<Element> soon = page.select("#product-nav .crm-coming-soon");

        assertThat(soon).extracting(Element::ownText).containsExactlyElementsOf(COMING_SOON);
        assertThat(soon).allSatisfy(it -> assertThat(it.select(".badge").text()).isEqualTo("Coming soon"));
        assertThat(page.select("#product-nav a").eachAttr("href")).containsExactly("/contacts", "/properties", "/lists",
                "/filters", "/campaigns", "/conversations", "/settings/users");
        assertThat(page.select("#product-nav a.active")).isEmpty();
        assertThat(page.select("#nav-campaigns").attr("href")).isEqualTo("/campaigns");
        assertThat(page.select("#whats-coming li .fw-semibold").eachText()).containsExactly("Contacts", "Properties", "Lists",
                "Filters", "Campaigns", "Conversations", "Settings");
        assertThat(page.select("#whats-coming li a").eachAttr("href")).containsExactly("/contacts", "/properties", "/lists",
                "/filters", "/campaigns", "/conversations", "/settings/users");
        assertThat(page.select("#whats-coming li").get(0).text()).doesNotContain("Coming soon");
        assertThat(page.select("#whats-coming li").get(4).text()).contains("Campaigns").contains("Ready")
                .doesNotContain("Coming soon");
    }

    @Test
    void aMarketerSeesNoSettings() {
        Document page = home(server.marketer());

        assertThat(page.select("#product-nav a").eachAttr("href")).containsExactly("/contacts", "/properties", "/lists",
                "/filters", "/campaigns", "/conversations");
        assertThat(page.select("#nav-settings")).isEmpty();
        assertThat(page.select("#whats-coming li .fw-semibold").eachText())
                .containsExactly("Contacts", "Properties", "Lists", "Filters", "Campaigns", "Conversations");
    }

    @Test
    void navigationShowsTheUserWithProfileAndASignOutFormCarryingTheCsrfToken() {
        Browser admin = server.admin();
        Document page = home(admin);

        assertThat(page.select("#account-nav .crm-viewer-name").text()).isEqualTo("Ada Admin");
        assertThat(page.select("#account-nav a[href=/profile]").text()).isEqualTo("Profile");
        assertThat(page.select("#account-nav form").attr("method")).isEqualTo("post");
        assertThat(page.select("#account-nav form").attr("action")).isEqualTo("/logout");
        assertThat(page.select("#account-nav form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(page.select("meta[name=csrf-token]").attr("content")).isEqualTo(admin.csrfToken());
        assertThat(page.body().attr("hx-headers")).isEqualTo("{\"X-CSRF-Token\": \"" + admin.csrfToken() + "\"}");
    }

    @Test
    void everyLinkAndAssetOnThePageResolves() {
        Browser admin = server.admin();
        Document page = home(admin);
        List<String> urls = new java.util.ArrayList<>(page.select("a[href]").eachAttr("abs:href"));
        urls.addAll(page.select("link[rel=stylesheet]").eachAttr("abs:href"));
        urls.addAll(page.select("script[src]").eachAttr("abs:src"));

        assertThat(urls).isNotEmpty().allSatisfy(url -> {
            URI uri = URI.create(url);
            assertThat(uri.getHost()).as("no external links or CDNs: %s", url).isEqualTo("127.0.0.1");
            assertThat(admin.get(uri.getRawPath(), "*/*").statusCode()).as(url).isEqualTo(200);
        });
    }

    @Test
    void hasNoInlineScriptsOrStyles() {
        Document page = home();

        assertThat(page.select("style, [style]")).isEmpty();
        assertThat(page.select("script")).allSatisfy(it -> {
            assertThat(it.attr("src")).isNotBlank();
            assertThat(it.data()).isBlank();
        });
    }

    @Test
    void showsTheVersionAndEnvironmentInTheFooter() {
        assertThat(home().select("footer").text()).contains("Version " + FakeCheckSystemHealth.VERSION).contains("test");
    }

    @Test
    void aComponentWithAnUnusualNameIsStillListed() {
        server.health().answering(List.of(ComponentStatus.up("scheduler", "leader", 1)));

        assertThat(home().select("#system-status .crm-component-name").eachText()).containsExactly("scheduler");
    }
}
