package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin imports in headless Chromium: uploads the PropertyRadar sample, watches the import run in the worker and
 * finish with its counts, uploads a file that changes an email, and takes the incoming value in the conflict queue.
 */
class ImportBrowserTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void uploadProgressResultAndConflictResolutionWorkThroughThePages() throws Exception {
        int port = ServeEndToEndTest.freePort();
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(
                TestDatabase.freshDatabase("crm_browser_import"), port, dataDir);
        Path sample = files.resolve("propertyradar-sample.csv");
        try (InputStream in = getClass().getResourceAsStream("/imports/propertyradar-sample.csv")) {
            Files.copy(in, sample);
        }
        Path changes = Files.writeString(files.resolve("openphone-changes.csv"),
                "First name,Last name,Phone number,Email,Address,Role\nLinda,O'Neil,(857) 555-9278,,,\n"
                        + "James,Johnson,+1 508 555 1596,jim.johnson@example.com,,\n");
        Path leads = Files.writeString(files.resolve("door-knock-leads.csv"),
                "Full Name,Cell,E-mail,Street,City,Zip,Notes\nMaria Lopez,(617) 555-0177,maria@example.com,9 Birch Rd,Newton,02458,"
                        + "Dog in yard\nTom Price,617.555.0178,,,,,Call after 5\n");
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
            String link = InviteSignUpBrowserTest.inviteByCli(env, "ada.admin@example.com", "admin");
            try (Browser browser = Browser.open("import-and-conflicts", "http://localhost:" + port)) {
                InviteSignUpBrowserTest.signUp(browser, link, "Ada", "Admin");

                browser.click("#nav-settings");
                browser.click("#settings-imports");
                browser.waitForPath("/settings/imports");
                browser.screenshot("imports-empty");
                assertThat(browser.text()).contains("No imports yet");

                browser.attach("#upload-file", sample);
                browser.click("#upload-submit");
                browser.find("#import-progress");
                browser.screenshot("import-progress");
                browser.waitForText("Completed", Duration.ofSeconds(60));
                browser.screenshot("import-completed");
                assertThat(browser.find("#count-rows-read").getText()).isEqualTo("40");
                assertThat(Long.parseLong(browser.find("#count-contacts-created").getText().replace(",", ""))).isPositive();
                assertThat(browser.find("#count-properties-created").getText()).isEqualTo("40");

                browser.go("/settings/imports");
                browser.attach("#upload-file", changes);
                browser.click("#upload-submit");
                browser.find("#import-progress");
                browser.waitForText("Completed", Duration.ofSeconds(60));
                browser.screenshot("second-import-with-a-conflict");
                assertThat(browser.find("#count-conflicts-queued").getText()).isEqualTo("1");
                assertThat(browser.find("#count-contacts-enriched").getText()).isEqualTo("0");

                browser.click("#review-conflicts");
                browser.find("tr.crm-conflict");
                browser.screenshot("conflict-queue");
                assertThat(browser.text()).contains("James Johnson", "james.9@example.com", "jim.johnson@example.com");
                browser.click("tr.crm-conflict a.btn");
                browser.find("#side-by-side");
                browser.screenshot("conflict-side-by-side");
                browser.click("#choice-take");
                browser.click("#resolve");
                browser.find("#flash");
                browser.screenshot("conflict-resolved");
                assertThat(browser.text()).contains("Email of James Johnson: saved.", "0 conflicts");

                browser.go("/contacts?q=%2B15085551596");
                browser.click("td.crm-contact-name a");
                browser.find("#contact-name");
                browser.screenshot("contact-with-the-new-email");
                assertThat(browser.text()).contains("jim.johnson@example.com");

                browser.go("/settings/imports");
                browser.attach("#upload-file", leads);
                browser.click("#upload-submit");
                browser.find("#mapping-form");
                browser.screenshot("generic-file-column-mapping");
                assertThat(browser.text()).contains("Waiting for a column mapping");
                browser.type("#save-as", "Door-knock leads");
                browser.click("#start-import");
                browser.find("#import-progress");
                browser.waitForText("Completed", Duration.ofSeconds(60));
                browser.screenshot("generic-import-completed");
                assertThat(browser.find("#count-contacts-created").getText()).isEqualTo("2");
                assertThat(browser.find("#count-properties-created").getText()).isEqualTo("1");

                browser.click("#settings-integrations");
                browser.find("#openphone");
                browser.screenshot("integrations-openphone-not-configured");
                assertThat(browser.find("#openphone-api-key").getText()).contains("Not configured");
                assertThat(browser.find("#openphone-webhook-url").getAttribute("value")).endsWith("/webhooks/openphone");
                assertThat(browser.find("#openphone-last-event").getText()).isEqualTo("No verified event yet");
            }
        }
    }
}
