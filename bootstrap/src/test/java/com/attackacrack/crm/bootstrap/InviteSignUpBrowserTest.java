package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a fresh start, as a person would: `crm users invite`, open the link, set a password, use the app, sign in again. */
class InviteSignUpBrowserTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/invite/[A-Za-z0-9_-]+");
    static final String PASSWORD = "Correct-Horse-42!";

    @TempDir
    Path dataDir;

    @Test
    void anInvitedAdminSetsAPasswordLandsOnTheDashboardAndSignsInAgain() throws Exception {
        int port = ServeEndToEndTest.freePort();
        Map<String, String> env = givenEnvironment(TestDatabase.freshDatabase("crm_browser_invite"), port, dataDir);
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
            String link = inviteByCli(env, "ann.admin@example.com", "admin");

            try (Browser browser = Browser.open("invite-sign-up", "http://localhost:" + port)) {
                signUp(browser, link, "Ann", "Admin");
                browser.screenshot("dashboard-after-sign-up");
                assertThat(browser.text()).contains("Dashboard", "Ann Admin");

                browser.go("/settings/users");
                browser.screenshot("settings-users");
                assertThat(browser.text()).contains("ann.admin@example.com", "Admin");

                browser.click("form[action='/logout'] button[type=submit]");
                browser.waitForPath("/login");
                browser.screenshot("signed-out");

                browser.go("/settings/users");
                browser.waitForPath("/login");
                browser.type("input[name=email]", "ann.admin@example.com");
                browser.type("input[name=password]", PASSWORD);
                browser.click("#login-form button[type=submit]");
                browser.waitForPath("/settings/users");
                browser.screenshot("signed-in-again-back-where-she-was-going");
                assertThat(browser.text()).contains("ann.admin@example.com");
            }
        }
    }

    /** Opens an invite link and creates the account, ending on the dashboard. */
    static void signUp(Browser browser, String link, String firstName, String lastName) {
        browser.go(link);
        browser.screenshot("invite-form");
        browser.type("input[name=firstName]", firstName);
        browser.type("input[name=lastName]", lastName);
        browser.type("input[name=password]", PASSWORD);
        browser.type("input[name=passwordConfirmation]", PASSWORD);
        browser.screenshot("invite-form-filled");
        browser.click("main form button[type=submit]");
        browser.waitForPath("/");
    }

    static String inviteByCli(Map<String, String> env, String email, String role) throws InterruptedException {
        try (CrmProcess invite = CrmProcess.start(Main.class.getName(), env, "users", "invite", "--email", email,
                "--role", role)) {
            assertThat(invite.waitForExit(Duration.ofSeconds(90))).isZero();
            Matcher link = LINK.matcher(invite.output());
            assertThat(link.find()).as("an invite link in:%n%s", invite.output()).isTrue();
            return link.group();
        }
    }

    static Map<String, String> givenEnvironment(PostgresUrl database, int port, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("CRM_ENV", "test");
        env.put("PORT", Integer.toString(port));
        env.put("DATABASE_URL", ServeEndToEndTest.asUrl(database));
        env.put("REDIS_URL", TestRedis.get().url());
        env.put("REDIS_KEY_PREFIX", TestRedis.get().newPrefix());
        env.put("CRM_DATA_DIR", dataDir.toString());
        return env;
    }
}
