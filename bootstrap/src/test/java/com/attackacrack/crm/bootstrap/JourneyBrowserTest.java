package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole product in one ordered journey in headless Chromium, against the real app (crm serve with its in-process
 * worker and scheduler, PostgreSQL, Redis) and the fake OpenPhone server with its signed webhooks: an admin signs in,
 * invites a marketer who accepts, imports the PropertyRadar sample and resolves a conflict, builds a list and a saved
 * filter, runs a campaign to completion, answers a reply, and sees the dashboard move. Every step leaves a numbered
 * screenshot under {@code target/screenshots/journey/}, and every distinct page passes the axe-core WCAG 2 A/AA check.
 */
class JourneyBrowserTest {

    private static final String LINE = FakeOpenPhoneSetup.LINE;
    private static final String ADMIN = "ada.admin@example.com";
    private static final Duration WORK = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(JourneyBrowserTest.class);

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void anAdminAndAMarketerGoFromSignInToAnAnsweredCampaignReplyOnAnAccessibleApp() throws Exception {
        int port = ServeEndToEndTest.freePort();
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(
                TestDatabase.freshDatabase("crm_browser_journey"), port, dataDir);
        List<String> phones = DaytimeNumbers.now(3);
        Path sample = files.resolve("propertyradar-sample.csv");
        try (InputStream in = getClass().getResourceAsStream("/imports/propertyradar-sample.csv")) {
            Files.copy(in, sample);
        }
        // an OpenPhone export that changes James Johnson's email (a conflict) and adds three reachable people
        Path changes = Files.writeString(files.resolve("openphone-contacts.csv"),
                "First name,Last name,Phone number,Email,Address,Role\n"
                        + "James,Johnson,+1 508 555 1596,jim.johnson@example.com,,\n"
                        + "Jo,Journey," + phones.get(0) + ",jo@journey.example,,\n"
                        + "Kim,Journey," + phones.get(1) + ",kim@journey.example,,\n"
                        + "Lou,Journey," + phones.get(2) + ",lou@journey.example,,\n");
        long started = System.nanoTime();
        try (FakeOpenPhoneServer openPhone = FakeOpenPhoneServer.start(FakeOpenPhoneSetup.API_KEY)) {
            FakeOpenPhoneSetup.connect(openPhone, env, port);
            try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
                serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
                String adminLink = InviteSignUpBrowserTest.inviteByCli(env, ADMIN, "admin");
                try (Browser browser = Browser.open("journey", "http://localhost:" + port)) {
                    InviteSignUpBrowserTest.signUp(browser, adminLink, "Ada", "Admin");
                    signOut(browser);

                    // (a) The admin signs in, by keyboard as much as by mouse.
                    browser.screenshot("sign-in");
                    browser.assertAccessible("sign-in");
                    browser.assertTabOrder("#email", "#password", "#login-form button[type=submit]");
                    signIn(browser, ADMIN);
                    browser.screenshot("dashboard-at-the-start");
                    browser.assertAccessible("dashboard");
                    Dashboard before = Dashboard.read(browser);

                    // (b) She invites a marketer, who accepts in her own session; then the admin signs back in.
                    browser.click("#nav-settings");
                    browser.waitForPath("/settings/users");
                    browser.screenshot("settings-users");
                    browser.assertAccessible("settings-users");
                    browser.assertTabOrder("#invite-form input[name=email]", "#invite-form select[name=role]",
                            "#invite-form button[type=submit]");
                    browser.type("#invite-form input[name=email]", "mia.marketer@example.com");
                    browser.select("#invite-form select[name=role]", "marketer");
                    browser.click("#invite-form button[type=submit]");
                    String marketerLink = browser.find("#flash-link").getAttribute("value");
                    browser.screenshot("invite-link-to-copy");
                    browser.assertAccessible("invite-link-to-copy");
                    signOut(browser);
                    InviteSignUpBrowserTest.signUp(browser, marketerLink, "Mia", "Marketer");
                    browser.screenshot("marketer-signed-up");
                    assertThat(browser.text()).contains("Mia");
                    signOut(browser);
                    signIn(browser, ADMIN);
                    browser.screenshot("admin-signed-in-again");

                    // (c) The PropertyRadar sample, then a file that conflicts with it, resolved in the queue.
                    browser.go("/settings/imports");
                    browser.screenshot("imports");
                    browser.assertAccessible("imports");
                    long created = importFile(browser, sample, "propertyradar-sample");
                    assertThat(browser.find("#count-rows-read").getText()).isEqualTo("40");
                    browser.go("/settings/imports");
                    created += importFile(browser, changes, "openphone-contacts");
                    assertThat(browser.find("#count-conflicts-queued").getText()).isEqualTo("1");
                    assertThat(created).as("contacts created by both imports").isGreaterThan(3);
                    browser.click("#settings-conflicts");
                    browser.find("tr.crm-conflict");
                    browser.screenshot("conflict-queue");
                    browser.assertAccessible("conflict-queue");
                    browser.click("tr.crm-conflict a.btn");
                    browser.find("#side-by-side");
                    browser.screenshot("conflict-side-by-side");
                    browser.assertAccessible("conflict-side-by-side");
                    browser.click("#choice-take");
                    browser.click("#resolve");
                    browser.find("#flash");
                    browser.screenshot("conflict-resolved");
                    assertThat(browser.text()).contains("Email of James Johnson: saved.", "0 conflicts");

                    // (d) A list built from the contacts page, and a saved filter with a live count.
                    browser.click("#nav-lists");
                    browser.waitForPath("/lists");
                    browser.type("#new-list input[name='name']", "Journey list");
                    browser.click("#new-list button[type='submit']");
                    browser.waitForText("Journey list", Duration.ofSeconds(10));
                    browser.screenshot("list-created");
                    browser.assertAccessible("lists");
                    browser.go("/contacts");
                    browser.type("#filter-q", "journey.example");
                    browser.pressEnterIn("#filter-q");
                    browser.waitForText("#match-count", "3 contacts match", Duration.ofSeconds(10));
                    browser.select("#add-list", browser.optionValue("#add-list", "Journey list"));
                    browser.screenshot("contacts-matching-for-the-list");
                    browser.assertAccessible("contacts");
                    browser.click("#add-matching");
                    browser.waitForText("Added 3 contacts to Journey list", Duration.ofSeconds(10));
                    browser.screenshot("contacts-added-to-the-list");
                    browser.go("/filters/new");
                    browser.type("#name", "Journey people with email");
                    browser.select("#inList", browser.optionValue("#inList", "Journey list"));
                    browser.select("#hasEmail", "yes");
                    browser.waitForText("#audience-count", "3 contacts match", Duration.ofSeconds(10));
                    browser.screenshot("saved-filter-live-count");
                    browser.assertAccessible("filter-form");
                    browser.click("#audience-filter button[type='submit']");
                    browser.waitForText("Journey people with email", Duration.ofSeconds(10));
                    browser.screenshot("saved-filter-saved");

                    // (e) A campaign to the list, launched against the fake OpenPhone and watched to completion.
                    browser.click("#nav-campaigns");
                    browser.waitForPath("/campaigns");
                    browser.screenshot("campaigns");
                    browser.assertAccessible("campaigns");
                    browser.go("/campaigns/new");
                    CampaignBrowserTest.fillCampaign(browser, "Journey cracks", browser.optionValue("#audience", "Journey list"),
                            "Hi {first_name|there}, this is Attack-a-Crack: want a free look at that crack? Reply STOP to opt out.");
                    browser.screenshot("campaign-form");
                    browser.assertAccessible("campaign-form");
                    browser.click("#save-campaign");
                    browser.find("#preview-figures");
                    browser.screenshot("campaign-preview");
                    browser.assertAccessible("campaign-preview");
                    assertThat(browser.find("#preview-eligible").getText()).contains("3");
                    browser.acceptConfirmations();
                    browser.click("#launch-now");
                    browser.find("#campaign-progress");
                    browser.screenshot("campaign-running");
                    browser.waitForText("#count-delivered", "3", WORK);
                    browser.waitForText("#campaign-status", "ompleted", WORK);
                    browser.screenshot("campaign-completed");
                    browser.assertAccessible("campaign-detail");
                    assertThat(openPhone.received()).hasSize(3);

                    browser.click("a.navbar-brand");
                    browser.waitForPath("/");
                    browser.screenshot("dashboard-after-the-campaign");
                    Dashboard afterCampaign = Dashboard.read(browser);

                    // (f) Jo replies; the admin answers from the conversation and sees it delivered.
                    assertThat(openPhone.sendInboundMessage(phones.get(0), LINE, "Yes please, Thursday works").status())
                            .isEqualTo(200);
                    browser.click("#nav-conversations");
                    browser.waitForPath("/conversations");
                    browser.find("tr.crm-unread");
                    browser.screenshot("inbox-with-the-reply");
                    browser.assertAccessible("inbox");
                    browser.click("tr.crm-unread a");
                    browser.find("#reply-body");
                    assertThat(browser.text()).contains("Yes please, Thursday works");
                    browser.type("#reply-body", "Great, Jo: we will come by Thursday at 10am.");
                    browser.screenshot("reply-typed");
                    browser.assertAccessible("conversation");
                    browser.click("#reply-send");
                    browser.find(".crm-message[data-direction='outbound'][data-status='delivered']", Duration.ofSeconds(30));
                    browser.screenshot("reply-delivered");
                    assertThat(openPhone.received()).hasSize(4);

                    // (g) The dashboard moved.
                    browser.click("a.navbar-brand");
                    browser.waitForPath("/");
                    browser.screenshot("dashboard-at-the-end");
                    browser.assertAccessible("dashboard-at-the-end");
                    Dashboard after = Dashboard.read(browser);
                    assertThat(List.of(Optional.ofNullable(before), Optional.ofNullable(afterCampaign), Optional.ofNullable(after)))
                            .as("the dashboard's figures (#figure-contacts-total, #figure-sent-today, ...) on /")
                            .allMatch(Optional::isPresent);
                    assertThat(afterCampaign.contactsTotal()).isEqualTo(before.contactsTotal() + created);
                    assertThat(afterCampaign.sentToday()).isEqualTo(before.sentToday() + 3);
                    assertThat(after.contactsTotal()).isEqualTo(afterCampaign.contactsTotal());
                    assertThat(browser.find("#recent-conversations").getText()).contains("Jo Journey");
                }
            }
        }
        LOG.info("journey took {} s", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /** Uploads a file on the imports page and waits for it to complete; returns the contacts it created. */
    private static long importFile(Browser browser, Path file, String name) {
        browser.attach("#upload-file", file);
        browser.click("#upload-submit");
        browser.find("#import-progress");
        browser.screenshot("import-" + name + "-running");
        browser.waitForText("Completed", WORK);
        browser.screenshot("import-" + name + "-completed");
        browser.assertAccessible("import-" + name);
        return Dashboard.number(browser.find("#count-contacts-created").getText());
    }

    private static void signIn(Browser browser, String email) {
        browser.go("/login");
        browser.type("#email", email);
        browser.type("#password", InviteSignUpBrowserTest.PASSWORD);
        browser.click("#login-form button[type=submit]");
        browser.waitForPath("/");
    }

    private static void signOut(Browser browser) {
        browser.click("form[action='/logout'] button[type=submit]");
        browser.waitForPath("/login");
    }

    /** The dashboard's figures (each element's text is the number alone). */
    private record Dashboard(long contactsTotal, long sentToday) {

        /** The figures, or null while the home page is not the dashboard yet (checked at the end of the journey). */
        static Dashboard read(Browser browser) {
            if (browser.textOf("#figure-contacts-total").isEmpty()) {
                return null;
            }
            for (String id : List.of("#figure-contacts-new", "#figure-active-campaigns", "#figure-daily-limit",
                    "#figure-response-rate", "#figure-open-conflicts", "#figure-dead-letters", "#chart-messages-30d",
                    "#recent-conversations")) {
                browser.find(id);
            }
            return new Dashboard(number(browser.find("#figure-contacts-total").getText()),
                    number(browser.find("#figure-sent-today").getText()));
        }

        static long number(String text) {
            return Long.parseLong(text.replace(",", "").trim());
        }
    }
}
