package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FlashTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> profileWithFlash(String cookie) {
        Browser browser = server.marketer().withCookie("crm_flash", cookie);
        return browser.get("/profile");
    }

    @Test
    void aMessageIsShownEscapedOnceAndTheCookieCleared() {
        HttpResponse<String> response = profileWithFlash(encode("{\"level\":\"success\",\"text\":\"<b>Saved</b>\"}"));

        assertThat(Jsoup.parse(response.body()).select("#flash").text()).isEqualTo("<b>Saved</b>");
        assertThat(response.body()).doesNotContain("<b>Saved</b>");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(it -> assertThat(it).startsWith("crm_flash=;")
                .contains("Expires=Thu, 1 Jan 1970 00:00:00 GMT"));
    }

    @Test
    void tamperedOrUnknownMessagesAreIgnored() {
        for (String cookie : new String[] {"not-base64!", encode("not json"), encode("{\"level\":\"x onclick\",\"text\":\"t\"}"),
            encode("{\"text\":\"no level\"}"), "a".repeat(4000)}) {
            HttpResponse<String> response = profileWithFlash(cookie);

            assertThat(response.statusCode()).as(cookie).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select("#flash")).as(cookie).isEmpty();
        }
    }
}
