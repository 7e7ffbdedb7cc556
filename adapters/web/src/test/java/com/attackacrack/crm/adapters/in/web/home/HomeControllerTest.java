package com.attackacrack.crm.adapters.in.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeCheckSystemHealth;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.domain.system.ComponentStatus;
import com.attackacrack.crm.domain.user.Permission;
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

    private static final List<String> COMING_SOON = List.of("Jobs", "Quotes", "Invoices", "Appointments");
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void allUp() {
        server.health().answering(FakeCheckSystemHealth.allUp().check().components());
        server.accounts().reset();
        server.dashboard().reset();
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
    void anAdminSeesACompactSystemStatusLineLinkingToTheSystemPage() {
        Document page = home();

        assertThat(page.select("#system-status .badge").text()).isEqualTo("All systems up");
        assertThat(page.select("#system-status a").attr("href")).isEqualTo("/settings/system");
    }

    @Test
    void aDownComponentIsNamedEscapedInTheStatusLine() {
        server.health().answering(List.of(ComponentStatus.up("database", "ok", 1),
                ComponentStatus.down("<b>worker</b>", "no heartbeat", 1)));

        Document page = home();

        assertThat(page.select("#system-status .badge").text()).isEqualTo("Degraded");
        assertThat(page.select("#system-status .crm-component-down").text()).isEqualTo("<b>worker</b> down");
        assertThat(page.select("#system-status b")).isEmpty();
    }

    @Test
    void stillRendersWhenTheHealthCheckFails() {
        server.health().failingWith(new IllegalStateException("secret"));

        Document page = home();

        assertThat(page.select("#system-status").text()).contains("could not be checked").doesNotContain("secret");
        assertThat(page.select("#system-status code").text()).matches("[0-9A-F]{12}");
        assertThat(page.select("#figure-contacts-total").text()).isEqualTo("0");
    }

    @Test
    void aMarketerSeesNoSystemStatusNoImportsAndNoDeadLetters() {
        Document page = home(server.marketer());

        assertThat(page.select("#system-status")).isEmpty();
        assertThat(page.select("#figure-open-conflicts")).isEmpty();
        assertThat(page.select("#figure-dead-letters")).isEmpty();
        assertThat(server.dashboard().calls().getLast()).containsExactly(Permission.USE_CRM);
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
    }

    @Test
    void aMarketerSeesNoSettings() {
        Document page = home(server.marketer());

        assertThat(page.select("#product-nav a").eachAttr("href")).containsExactly("/contacts", "/properties", "/lists",
                "/filters", "/campaigns", "/conversations");
        assertThat(page.select("#nav-settings")).isEmpty();
    }

    @Test
    void navigationShowsTheUserWithProfileAndASignOutFormCarryingTheCsrfToken() {
        Browser admin = server.admin();
        Document page = home(admin);

        assertThat(page.select("#account-nav .crm-viewer-name").text()).isEqualTo("Ada Admin");
        assertThat(page.select("#account-nav a[href=/profile]").text()).isEqualTo("Ada Admin");
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
    void aComponentWithAnUnusualNameIsStillNamedWhenDown() {
        server.health().answering(List.of(ComponentStatus.down("scheduler", "no leader", 1)));

        assertThat(home().select("#system-status .crm-component-down").eachAttr("data-component")).containsExactly("scheduler");
    }
}
