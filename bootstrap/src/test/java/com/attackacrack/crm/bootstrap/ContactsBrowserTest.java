package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A marketer's day one in headless Chromium: add a contact, find it by any phone spelling, add a property, link them. */
class ContactsBrowserTest {

    @TempDir
    Path dataDir;

    @Test
    void aContactAndAPropertyAreCreatedFoundAndLinkedThroughThePages() throws Exception {
        int port = ServeEndToEndTest.freePort();
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(
                TestDatabase.freshDatabase("crm_browser_contacts"), port, dataDir);
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
            String link = InviteSignUpBrowserTest.inviteByCli(env, "mia.marketer@example.com", "marketer");
            try (Browser browser = Browser.open("contacts-and-properties", "http://localhost:" + port)) {
                InviteSignUpBrowserTest.signUp(browser, link, "Mia", "Marketer");

                browser.click("a[href='/contacts']");
                browser.waitForPath("/contacts");
                browser.screenshot("contacts-empty");
                assertThat(browser.text()).contains("No contacts yet");

                browser.click("#new-contact");
                browser.type("input[name=firstName]", "Linda");
                browser.type("input[name=lastName]", "O'Neil");
                browser.type("input[name=phone]", "(617) 555-0123");
                browser.type("input[name=email]", "Linda.ONeil@Example.com");
                browser.screenshot("contact-form");
                browser.click("#contact-form button[type=submit]");
                browser.find("#contact-name");
                browser.screenshot("contact-detail");
                assertThat(browser.text()).contains("Linda O'Neil", "(617) 555-0123", "linda.oneil@example.com");
                String contactId = browser.path().substring("/contacts/".length());

                browser.go("/contacts?q=%2B16175550123");
                browser.screenshot("contacts-found-by-e164");
                assertThat(browser.text()).contains("1 contact matches", "Linda O'Neil");
                browser.go("/contacts?q=617.555.0123");
                assertThat(browser.text()).contains("1 contact matches", "Linda O'Neil");

                browser.go("/properties/new");
                browser.type("input[name=street]", "404 Main Street");
                browser.type("input[name=city]", "Waltham");
                browser.type("input[name=state]", "MA");
                browser.type("input[name=zip]", "02451");
                browser.type("input[name=estimatedValue]", "$357,000");
                browser.pressEnterIn("input[name=estimatedValue]");
                browser.find("#property-address");
                browser.type("#link-form input[name=contactId]", contactId);
                browser.click("#link-form button[type=submit]");
                browser.find(".crm-linked-contact");
                browser.screenshot("property-with-linked-contact");
                assertThat(browser.text()).contains("404 Main Street", "$357,000", "Linda O'Neil");

                browser.go("/contacts/" + contactId);
                browser.screenshot("contact-with-property");
                assertThat(browser.text()).contains("404 Main Street");
                browser.go("/properties?q=waltham");
                assertThat(browser.text()).contains("1 property matches");
            }
        }
    }
}
