package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A marketer's reply from a conversation thread in headless Chromium, against the fake OpenPhone server: a text
 * arrives through a signed webhook, shows in the inbox as unread from an unknown caller, the reply is shown at once as
 * queued, sent through the fake's {@code POST /v1/messages}, and moves to delivered when the fake's signed delivery
 * report comes back, without reloading the page.
 */
class ConversationReplyBrowserTest {

    private static final String API_KEY = FakeOpenPhoneSetup.API_KEY;
    private static final String LINE = FakeOpenPhoneSetup.LINE;
    private static final String CALLER = "+16175550123";

    @TempDir
    Path dataDir;

    @Test
    void aReplyFromTheThreadMovesFromQueuedToDelivered() throws Exception {
        int port = ServeEndToEndTest.freePort();
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(
                TestDatabase.freshDatabase("crm_browser_reply"), port, dataDir);
        try (FakeOpenPhoneServer openPhone = FakeOpenPhoneServer.start(API_KEY)) {
            FakeOpenPhoneSetup.connect(openPhone, env, port);
            try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
                serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
                assertThat(openPhone.sendInboundMessage(CALLER, LINE, "Hi, can you look at a crack in my basement wall?")
                        .status()).isEqualTo(200);
                String link = InviteSignUpBrowserTest.inviteByCli(env, "mia.marketer@example.com", "marketer");
                try (Browser browser = Browser.open("conversation-reply", "http://localhost:" + port)) {
                    InviteSignUpBrowserTest.signUp(browser, link, "Mia", "Marketer");

                    browser.click("#nav-conversations");
                    browser.waitForPath("/conversations");
                    browser.find("tr.crm-unread");
                    browser.screenshot("inbox-with-an-unread-text");
                    assertThat(browser.text()).contains("Unknown caller", "(617) 555-0123", "crack in my basement");

                    browser.click("tr.crm-conversation a");
                    browser.find("#reply-body");
                    assertThat(browser.text()).contains("Hi, can you look at a crack in my basement wall?");
                    assertThat(browser.text()).doesNotContain("Sandbox");
                    browser.type("#reply-body", "Yes! We can come by Thursday at 10am. Does that work?");
                    browser.screenshot("reply-typed");
                    browser.click("#reply-send");
                    browser.find(".crm-message[data-direction='outbound']");
                    browser.screenshot("reply-queued");
                    browser.find(".crm-message[data-direction='outbound'][data-status='delivered']", Duration.ofSeconds(30));
                    browser.screenshot("reply-delivered");
                    assertThat(browser.text()).contains("Yes! We can come by Thursday at 10am.", "delivered");
                }
                assertThat(openPhone.received()).hasSize(1);
                assertThat(openPhone.received().get(0).toString()).contains(CALLER, "Thursday at 10am");
            }
        }
    }
}
