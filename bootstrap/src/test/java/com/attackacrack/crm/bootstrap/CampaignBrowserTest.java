package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Campaigns end to end in headless Chromium, through the real web routes, PostgreSQL, Redis, the in-process scheduler
 * and worker, the fake OpenPhone server and its signed webhooks: a marketer builds a list from the contacts page,
 * creates a campaign, previews it (an exclusion, a fallback token), launches it and watches it complete with delivery
 * receipts; a reply and a STOP are attributed to it. A second campaign over a saved filter then runs to completion
 * without the contact who texted STOP.
 */
class CampaignBrowserTest {

    private static final String API_KEY = FakeOpenPhoneSetup.API_KEY;
    private static final String LINE = FakeOpenPhoneSetup.LINE;

    @TempDir
    Path dataDir;

    private PostgresUrl database;

    @Test
    void aListCampaignAndAFilterCampaignRunToCompletionWithRepliesAndOptOutsAttributed() throws Exception {
        int port = ServeEndToEndTest.freePort();
        database = TestDatabase.freshDatabase("crm_browser_campaign");
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(database, port, dataDir);
        List<String> phones = DaytimeNumbers.now(3);
        try (FakeOpenPhoneServer openPhone = FakeOpenPhoneServer.start(API_KEY)) {
            FakeOpenPhoneSetup.connect(openPhone, env, port);
            try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
                serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
                long dana = contact("Dana", "Whitfield", phones.get(0));
                long sam = contact("Sam", "Ortiz", phones.get(1));
                long lee = contact(null, "Lee", phones.get(2));
                long noPhone = contact("Nora", "Mail", null);
                String link = InviteSignUpBrowserTest.inviteByCli(env, "mia.marketer@example.com", "marketer");
                try (Browser browser = Browser.open("campaign-list-and-filter", "http://localhost:" + port)) {
                    InviteSignUpBrowserTest.signUp(browser, link, "Mia", "Marketer");

                    // A list from the contacts page.
                    browser.go("/lists");
                    browser.type("#new-list input[name='name']", "Spring leads");
                    browser.click("#new-list button[type='submit']");
                    browser.waitForText("Spring leads", Duration.ofSeconds(10));
                    browser.go("/contacts");
                    browser.select("#add-list", query("select id from campaign_lists"));
                    for (long id : List.of(dana, sam, lee, noPhone)) {
                        browser.check("#select-" + id, true);
                    }
                    browser.screenshot("contacts-selected-for-the-list");
                    browser.click("#add-selected");
                    browser.waitForText("Added 4 contacts to Spring leads", Duration.ofSeconds(10));
                    assertThat(query("select member_count from campaign_lists")).isEqualTo("4");

                    // The campaign over that list.
                    browser.click("#nav-campaigns");
                    browser.waitForPath("/campaigns");
                    browser.go("/campaigns/new");
                    fillCampaign(browser, "Spring cracks", "list-" + query("select id from campaign_lists"),
                            "Hi {first_name|there}, this is Attack-a-Crack: spring is when basement cracks show. "
                                    + "Want a free look? Reply STOP to opt out.");
                    browser.screenshot("campaign-form");
                    browser.click("#save-campaign");
                    browser.find("#preview-figures");
                    browser.screenshot("campaign-preview");
                    assertThat(browser.find("#preview-eligible").getText()).contains("3");
                    assertThat(browser.find("#exclusions").getText()).contains("no valid phone");
                    assertThat(browser.find("#samples").getText()).contains("Hi Dana,", "Hi there,");
                    browser.acceptConfirmations();
                    browser.click("#launch-now");
                    browser.find("#campaign-progress");
                    browser.screenshot("campaign-running");
                    awaitText(browser, "#count-delivered", "3", Duration.ofSeconds(60));
                    awaitText(browser, "#campaign-status", "ompleted", Duration.ofSeconds(30));
                    browser.screenshot("campaign-completed");
                    assertThat(openPhone.received()).hasSize(3);
                    assertThat(openPhone.received()).noneMatch(sent -> sent.content().contains("{"));

                    // A reply and a STOP come back and are attributed to the campaign.
                    assertThat(openPhone.sendInboundMessage(phones.get(0), LINE, "Yes please, Thursday works").status())
                            .isEqualTo(200);
                    assertThat(openPhone.sendInboundMessage(phones.get(1), LINE, "STOP").status()).isEqualTo(200);
                    // a completed campaign's page no longer refreshes itself: reload it as a person would
                    String page = browser.path();
                    awaitReloaded(browser, page, "#count-replied", "1");
                    awaitReloaded(browser, page, "#count-opted-out", "1");
                    browser.screenshot("campaign-reply-and-opt-out");
                    browser.go("/conversations/" + dana);
                    assertThat(browser.find("a.crm-campaign-link").getText()).isEqualTo("campaign Spring cracks");
                    assertThat(browser.text()).contains("Yes please, Thursday works");
                    browser.screenshot("conversation-with-the-campaign-text-and-the-reply");

                    // A saved filter and a second campaign over it: the STOP is excluded as suppressed.
                    browser.go("/filters/new");
                    browser.type("#name", "Spring leads list");
                    browser.select("#inList", query("select id from campaign_lists"));
                    browser.waitForText("4", Duration.ofSeconds(10));
                    browser.click("#audience-filter button[type='submit']");
                    browser.waitForPath("/filters");
                    browser.go("/campaigns/new");
                    fillCampaign(browser, "Spring follow-up", "filter-" + query("select id from saved_filters"),
                            "Hello again {first_name|friend}: our spring slots fill fast.");
                    browser.check("#skipInOtherRunning", false);
                    browser.click("#save-campaign");
                    browser.find("#preview-figures");
                    assertThat(browser.find("#exclusions").getText()).contains("suppressed");
                    assertThat(browser.find("#preview-eligible").getText()).contains("2");
                    browser.acceptConfirmations();
                    browser.click("#launch-now");
                    awaitText(browser, "#count-delivered", "2", Duration.ofSeconds(60));
                    awaitText(browser, "#campaign-status", "ompleted", Duration.ofSeconds(30));
                    browser.screenshot("filter-campaign-completed");
                }
                assertThat(openPhone.received()).hasSize(5);
                assertThat(openPhone.received().stream().filter(sent -> sent.to().contains(phones.get(1)))).hasSize(1);
                assertThat(query("select count(*) from messages where campaign_id is not null")).isEqualTo("5");
            }
        }
    }

    @Test
    void aPausedCampaignResumesAndSkipsSomeoneWhoTextedStopMeanwhile() throws Exception {
        int port = ServeEndToEndTest.freePort();
        database = TestDatabase.freshDatabase("crm_browser_pause");
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(database, port, dataDir);
        env.put("CAMPAIGN_SENDS_PER_TICK", "1");
        List<String> phones = DaytimeNumbers.now(4);
        try (FakeOpenPhoneServer openPhone = FakeOpenPhoneServer.start(API_KEY)) {
            FakeOpenPhoneSetup.connect(openPhone, env, port);
            try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
                serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
                for (int i = 0; i < phones.size(); i++) {
                    contact("Person" + i, "Test", phones.get(i));
                }
                execute("insert into campaign_lists (name, created_at, updated_at) values ('Pause test', now(), now())");
                execute("insert into campaign_list_members (list_id, contact_id, added_at) "
                        + "select l.id, c.id, now() from campaign_lists l, contacts c");
                String link = InviteSignUpBrowserTest.inviteByCli(env, "mia.marketer@example.com", "marketer");
                try (Browser browser = Browser.open("campaign-pause-resume", "http://localhost:" + port)) {
                    InviteSignUpBrowserTest.signUp(browser, link, "Mia", "Marketer");
                    browser.go("/campaigns/new");
                    fillCampaign(browser, "One a tick", "list-" + query("select id from campaign_lists"),
                            "Hi {first_name}, one text at a time.");
                    browser.click("#save-campaign");
                    browser.find("#preview-figures");
                    browser.acceptConfirmations();
                    browser.click("#launch-now");
                    browser.find("#campaign-progress");
                    for (int i = 0; i < 60 && openPhone.received().isEmpty(); i++) {
                        Thread.sleep(250);
                    }
                    assertThat(openPhone.received()).as("the first text of the first tick").isNotEmpty();
                    browser.acceptConfirmations();
                    browser.click("#pause-campaign");
                    browser.waitForText("Campaign paused", Duration.ofSeconds(10));
                    browser.screenshot("campaign-paused");
                    Thread.sleep(2_000); // a send claimed just before the pause may still land
                    int sentWhenPaused = openPhone.received().size();
                    // the last recipient texts STOP while the campaign is paused
                    String last = phones.get(3);
                    assertThat(openPhone.sendInboundMessage(last, LINE, "STOP").status()).isEqualTo(200);
                    Thread.sleep(12_000);
                    assertThat(openPhone.received()).as("nothing goes out while paused (two ticks)")
                            .hasSize(sentWhenPaused);
                    browser.acceptConfirmations();
                    browser.click("#resume-campaign");
                    awaitText(browser, "#campaign-status", "ompleted", Duration.ofSeconds(60));
                    browser.screenshot("campaign-resumed-and-completed");
                }
                assertThat(openPhone.received()).hasSize(3);
                assertThat(openPhone.received()).noneMatch(sent -> sent.to().contains(phones.get(3)));
                assertThat(query("select exclusion_kind from campaign_recipients where phone = '" + phones.get(3) + "'"))
                        .isEqualTo("suppressed");
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute(sql);
        }
    }

    static void fillCampaign(Browser browser, String name, String audience, String message) {
        browser.type("#name", name);
        browser.select("#audience", audience);
        browser.type("#messageA", message);
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
            browser.check("#day-" + day, true);
        }
        browser.setValue("#windowStart", "00:00");
        browser.setValue("#windowEnd", "23:59");
    }


    /** Reloads the page every second until the element's text contains the value (at most 30 s). */
    private static void awaitReloaded(Browser browser, String path, String css, String value) {
        for (int i = 0; i < 30 && !browser.textOf(css).contains(value); i++) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            browser.go(path);
        }
        assertThat(browser.find(css).getText()).as(css).contains(value);
    }

    /** Waits until the element's text contains the value (the campaign page refreshes its figures itself). */
    private static void awaitText(Browser browser, String css, String value, Duration timeout) {
        browser.waitForText(css, value, timeout);
    }

    private long contact(String first, String last, String phone) throws SQLException {
        try (Connection connection = connect()) {
            var insert = connection.prepareStatement("insert into contacts (first_name, last_name, phone, email, source,"
                    + " created_at, updated_at, last_activity_at) values (?, ?, ?, ?, 'manual', now(), now(), now())"
                    + " returning id");
            insert.setString(1, first);
            insert.setString(2, last);
            insert.setString(3, phone);
            insert.setString(4, phone == null ? "nora@example.com" : null);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
