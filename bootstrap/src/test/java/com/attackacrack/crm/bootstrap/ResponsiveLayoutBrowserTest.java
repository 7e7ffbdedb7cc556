package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout on a phone (390x844) and a laptop (1280x900): no page scrolls sideways, the top navigation is one line on the
 * laptop, and on the phone it folds behind a menu button that opens it; the Settings sections become one row of pills
 * and each user a card; list filters fold behind a button.
 * Screenshots of every page at both sizes go to
 * {@code bootstrap/target/screenshots/responsive-layout/}.
 */
class ResponsiveLayoutBrowserTest {

    private static final List<String> PAGES = List.of("/", "/contacts", "/contacts/new", "/properties", "/properties/new",
            "/lists", "/filters", "/filters/new", "/campaigns", "/campaigns/new", "/conversations", "/settings/users",
            "/settings/imports", "/settings/integrations", "/profile");

    /** The page's width, the viewport's, and the outermost elements sticking out to the right (to name the culprit). */
    private static final String OVERFLOW = """
            const wide = [...document.querySelectorAll('body *')]
                .filter((it) => it.getBoundingClientRect().right > window.innerWidth + 1)
                .filter((it) => !it.parentElement || it.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
                .slice(0, 5).map((it) => it.tagName + '#' + it.id + '.' + it.className);
            return [document.documentElement.scrollWidth, window.innerWidth, wide.join(', ')];
            """;

    /** Every element of the top bar shares one line: the highest bottom edge lies below the lowest top edge. */
    private static final String NAV_ON_ONE_LINE = """
            const items = [document.querySelector('.navbar-brand'), ...document.querySelectorAll('#product-nav > li'),
                document.getElementById('account-nav')];
            const tops = items.map((it) => it.getBoundingClientRect().top);
            const bottoms = items.map((it) => it.getBoundingClientRect().bottom);
            const offsets = [...document.querySelectorAll('#product-nav > li')].map((it) => it.offsetTop);
            return [Math.max(...tops) < Math.min(...bottoms), new Set(offsets).size];
            """;

    /** The settings pills: how many rows they take, the navigation box's right edge, and where the section content starts. */
    private static final String SETTINGS_PILLS = """
            const offsets = [...document.querySelectorAll('#settings-nav > li')].map((it) => it.offsetTop);
            const nav = document.getElementById('settings-nav').parentElement.getBoundingClientRect();
            return [new Set(offsets).size, Math.ceil(nav.right), Math.round(document.getElementById('invite').getBoundingClientRect().top)];
            """;

    /** The first user row of Settings → Users: its display, the email cell's label, and the row's and role menu's right edges. */
    private static final String USER_CARD = """
            const row = document.querySelector('#users-table tr.crm-user');
            const select = row.querySelector('.crm-user-role select');
            return [getComputedStyle(row).display, getComputedStyle(row.querySelector('.crm-user-email'), '::before').content,
                Math.ceil(row.getBoundingClientRect().right), Math.ceil(select.getBoundingClientRect().right)];
            """;

    @TempDir
    Path dataDir;

    @Test
    void pagesFitAPhoneAndALaptopAndTheMenuFoldsOnThePhone() throws Exception {
        int port = ServeEndToEndTest.freePort();
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(TestDatabase.freshDatabase("crm_browser_responsive"),
                port, dataDir);
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
            String link = InviteSignUpBrowserTest.inviteByCli(env, "rita.responsive@example.com", "admin");

            try (Browser browser = Browser.open("responsive-layout", "http://localhost:" + port)) {
                InviteSignUpBrowserTest.signUp(browser, link, "Rita", "Responsive");
                givenAContactWithLongValues(browser);

                browser.viewport(1280, 900);
                for (String page : PAGES) {
                    browser.go(page);
                    browser.find("main");
                    browser.screenshot("laptop" + name(page));
                    assertNoSidewaysScroll(browser, page + " at 1280");
                    List<?> line = (List<?>) browser.script(NAV_ON_ONE_LINE);
                    assertThat(line.get(0)).as("the navigation of %s is one line at 1280 px", page).isEqualTo(true);
                    assertThat(((Number) line.get(1)).intValue()).as("nav items' offsetTop on %s", page).isEqualTo(1);
                }
                assertThat(browser.find("#nav-toggle").isDisplayed()).isFalse();
                browser.go("/settings/users");
                assertThat(((List<?>) browser.script(USER_CARD)).get(0)).as("a user at 1280 px is a table row").isEqualTo("table-row");
                browser.go("/contacts");
                assertThat(browser.find("#contact-filters").isDisplayed()).as("the filters are open at 1280 px").isTrue();
                assertThat(browser.find("#filters-toggle").isDisplayed()).isFalse();

                browser.viewport(390, 844);
                for (String page : PAGES) {
                    browser.go(page);
                    browser.find("main");
                    browser.screenshot("phone" + name(page));
                    assertNoSidewaysScroll(browser, page + " at 390");
                }

                browser.go("/settings/users");
                List<?> pills = (List<?>) browser.script(SETTINGS_PILLS);
                assertThat(((Number) pills.get(0)).intValue()).as("rows of settings pills at 390 px").isEqualTo(1);
                assertThat(((Number) pills.get(1)).intValue()).as("right edge of the settings navigation at 390 px")
                        .isLessThanOrEqualTo(390);
                assertThat(((Number) pills.get(2)).intValue()).as("top of the invite form at 390 px").isLessThan(844 / 2);
                assertNoSidewaysScroll(browser, "/settings/users with its pills at 390");
                List<?> card = (List<?>) browser.script(USER_CARD);
                assertThat(card.get(0)).as("a user at 390 px is a card, not a table row").isEqualTo("block");
                assertThat(card.get(1)).as("the email line's label").isEqualTo("\"Email\"");
                assertThat(((Number) card.get(2)).intValue()).as("right edge of the user card at 390 px").isLessThanOrEqualTo(390);
                assertThat(((Number) card.get(3)).intValue()).as("right edge of the role menu at 390 px")
                        .isLessThanOrEqualTo(((Number) card.get(2)).intValue());
                browser.screenshot("phone-settings-users-cards");

                browser.go("/contacts?hasEmail=yes");
                assertThat(browser.find("#contact-filters").isDisplayed()).as("the filters start folded at 390 px").isFalse();
                assertThat(browser.find("#filters-toggle").getText()).isEqualTo("Filters (1 active)");
                browser.click("#filters-toggle");
                browser.find("#contact-filters-panel.show");
                assertThat(browser.find("#filters-toggle").getAttribute("aria-expanded")).isEqualTo("true");
                assertThat(browser.find("#contact-filters").isDisplayed()).isTrue();
                browser.screenshot("phone-contacts-filters-open");

                browser.go("/contacts");
                assertThat(browser.find("#nav-contacts").isDisplayed()).as("the menu starts folded").isFalse();
                assertThat(browser.find("#nav-toggle").getAttribute("aria-expanded")).isEqualTo("false");
                assertThat(browser.find("#nav-toggle").getAttribute("aria-controls")).isEqualTo("main-menu");
                browser.click("#nav-toggle");
                browser.find("#main-menu.show");
                assertThat(browser.find("#nav-toggle").getAttribute("aria-expanded")).isEqualTo("true");
                assertThat(browser.find("#nav-contacts").isDisplayed()).isTrue();
                assertThat(browser.find("#account-nav button[type=submit]").isDisplayed()).isTrue();
                browser.screenshot("phone-menu-open");
                assertNoSidewaysScroll(browser, "the open menu at 390");

                browser.click("#nav-planned-toggle");
                assertThat(browser.find("#nav-planned .dropdown-menu.show").getText())
                        .contains("Jobs", "Quotes", "Invoices", "Appointments", "Coming soon");
                browser.screenshot("phone-menu-coming-soon");
                browser.click("#nav-contacts");
                browser.waitForPath("/contacts");
            }
        }
    }

    private static void givenAContactWithLongValues(Browser browser) {
        browser.go("/contacts/new");
        browser.type("#firstName", "Maximiliana-Josephine");
        browser.type("#lastName", "Worthington-Fairweather-Smythe");
        browser.type("#phone", "(617) 555-0199");
        browser.type("#email", "maximiliana.josephine.worthington-fairweather@a-very-long-domain-name.example.com");
        browser.type("#leadSource", "Door knocking in the Back Bay neighbourhood");
        browser.click("#contact-form button[type=submit]");
        browser.find("#contact-name");
    }

    private static void assertNoSidewaysScroll(Browser browser, String where) {
        List<?> widths = (List<?>) browser.script(OVERFLOW);
        assertThat(((Number) widths.get(0)).intValue()).as("scrollWidth of %s (viewport %s; too wide: %s)", where, widths.get(1),
                        widths.get(2))
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
    }

    private static String name(String page) {
        return "/".equals(page) ? "-home" : page.replace('/', '-');
    }
}
