package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin's dashboard in headless Chromium: figures from the database, the chart drawn from its series. */
class DashboardBrowserTest {

    @TempDir
    Path dataDir;

    @Test
    void theContactsFigureMovesAfterAContactIsAddedAndTheChartCarriesThirtyDays() throws Exception {
        int port = ServeEndToEndTest.freePort();
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(
                TestDatabase.freshDatabase("crm_browser_dashboard"), port, dataDir);
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
            String link = InviteSignUpBrowserTest.inviteByCli(env, "ada.admin@example.com", "admin");
            try (Browser browser = Browser.open("dashboard", "http://localhost:" + port)) {
                InviteSignUpBrowserTest.signUp(browser, link, "Ada", "Admin");

                browser.go("/");
                browser.find("#figure-contacts-total");
                browser.screenshot("dashboard-empty");
                assertThat(browser.textOf("#figure-contacts-total")).isEqualTo("0");
                assertThat(browser.textOf("#figure-contacts-new")).isEqualTo("0");
                assertThat(browser.textOf("#figure-response-rate")).isEqualTo("0%");
                assertThat(browser.textOf("#figure-dead-letters")).isEqualTo("0");
                assertThat(browser.textOf("#figure-open-conflicts")).isEqualTo("0");
                assertThat(browser.text()).contains("No contacts yet", "No campaign is running or scheduled");
                JsonNode series = new ObjectMapper().readTree(
                        browser.find("#chart-messages-30d").getAttribute("data-series"));
                assertThat(series.get("days")).hasSize(30);
                assertThat(series.get("sent")).hasSize(30).allSatisfy(n -> assertThat(n.asLong()).isZero());
                Object drawn = browser.script("const c = document.getElementById('chart-messages-30d');"
                        + " return !!(window.Chart && window.Chart.getChart(c));");
                assertThat(drawn).as("Chart.js drew the chart").isEqualTo(true);
                browser.assertAccessible("dashboard");

                browser.go("/contacts/new");
                browser.type("input[name=firstName]", "Dana");
                browser.type("input[name=lastName]", "Board");
                browser.type("input[name=phone]", "(617) 555-0199");
                browser.click("#contact-form button[type=submit]");
                browser.find("#contact-name");

                browser.go("/");
                assertThat(browser.textOf("#figure-contacts-total")).isEqualTo("1");
                assertThat(browser.textOf("#figure-contacts-new")).isEqualTo("1");
                browser.screenshot("dashboard-one-contact");
                browser.click("#figure-contacts-new");
                browser.waitForPath("/contacts");
                assertThat(browser.text()).contains("Dana Board");
            }
        }
    }
}
