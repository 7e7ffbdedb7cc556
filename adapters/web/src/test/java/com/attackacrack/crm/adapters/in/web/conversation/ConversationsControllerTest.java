package com.attackacrack.crm.adapters.in.web.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.conversation.SendReplyCommand;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.ArtifactLine;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.CallArtifactKind;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationsControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final Instant T0 = FakeAccounts.NOW.minusSeconds(3_600);

    private Browser admin;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.contacts().reset();
        server.conversations().reset();
        admin = server.admin();
    }

    private Document page(Browser browser, String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private Document page(String path) {
        return page(admin, path);
    }

    private static ConversationSummary summary(long id, String name, String preview, int unread, boolean calls, boolean media,
                                               long minutesAgo) {
        return new ConversationSummary(new ContactId(id), name, "+16175550123", FakeAccounts.NOW.minusSeconds(60 * minutesAgo),
                preview, unread > 0 ? MessageDirection.INBOUND : MessageDirection.OUTBOUND, unread, calls, media);
    }

    private static TimelineEntry.Message message(long id, MessageDirection direction, String body, MessageStatus status,
                                                 int minute) {
        return new TimelineEntry.Message(new MessageId(id), "AC" + id, direction, body, List.of(), status, null, null,
                T0.plusSeconds(60L * minute), null);
    }

    private Contact ann() {
        return server.contacts().add("Ann", "Lee", "+16175550123", "ann@example.com", 1);
    }

    /** Every kind of entry: inbound text with media, delivered, failed and sandboxed replies, a call and a voicemail. */
    private static List<TimelineEntry> everyKind() {
        TimelineEntry.Message inbound = new TimelineEntry.Message(new MessageId(1), "AC1", MessageDirection.INBOUND,
                "Is Friday ok?", List.of(new MediaItem("https://media.example.com/roof.jpg", "image/jpeg"),
                new MediaItem("https://media.example.com/quote.pdf", "application/pdf"),
                new MediaItem("javascript:alert(1)", "image/png")), MessageStatus.RECEIVED, null, null, T0, null);
        TimelineEntry.Message delivered = new TimelineEntry.Message(new MessageId(2), "AC2", MessageDirection.OUTBOUND,
                "Friday works", List.of(), MessageStatus.DELIVERED, null, null, T0.plusSeconds(60), "Alex Admin");
        TimelineEntry.Message failed = new TimelineEntry.Message(new MessageId(3), "AC3", MessageDirection.OUTBOUND,
                "See you then", List.of(), MessageStatus.FAILED, "30007", "Carrier filtered", T0.plusSeconds(120), null,
                new TimelineEntry.CampaignLink(42, "Spring cracks"));
        TimelineEntry.Message sandboxed = new TimelineEntry.Message(new MessageId(4), "sandbox-4", MessageDirection.OUTBOUND,
                "Test text", List.of(), MessageStatus.DELIVERED, null, null, T0.plusSeconds(180), "Alex Admin");
        TimelineEntry.Call call = new TimelineEntry.Call("CA1", MessageDirection.INBOUND, CallStatus.COMPLETED,
                T0.plusSeconds(240), T0.plusSeconds(250), "Sam Agent", 125, "+16175550999", List.of(
                new CallArtifact("CA1", CallArtifactKind.RECORDING, "https://media.example.com/call.mp3", "audio/mpeg", 125,
                        List.of(), T0.plusSeconds(400)),
                new CallArtifact("CA1", CallArtifactKind.SUMMARY, null, null, null, List.of(
                        new ArtifactLine("Summary", null, "Wants a roof quote"),
                        new ArtifactLine("Next step", null, "Send the quote")), T0.plusSeconds(400)),
                new CallArtifact("CA1", CallArtifactKind.TRANSCRIPT, null, null, null, List.of(
                        new ArtifactLine("+16175550123", 0.0, "Hello?"),
                        new ArtifactLine("Sam Agent", 65.5, "Hi Ann")), T0.plusSeconds(400))));
        TimelineEntry.Call missed = new TimelineEntry.Call("CA2", MessageDirection.INBOUND, CallStatus.MISSED,
                T0.plusSeconds(600), null, null, null, null, List.of(
                new CallArtifact("CA2", CallArtifactKind.VOICEMAIL, "https://media.example.com/vm.mp3", "audio/mpeg", 9,
                        List.of(new ArtifactLine("", null, "Call me back")), T0.plusSeconds(700))));
        return List.of(inbound, delivered, failed, sandboxed, call, missed);
    }

    @Test
    void theInboxShowsEachConversationWithItsActivityPreviewAndBadges() {
        server.conversations().addSummary(summary(7, "Ann Lee", "Is Friday ok?", 2, true, false, 5));
        server.conversations().addSummary(summary(8, "Bob Stone", "Thanks", 0, false, true, 60 * 24 * 30));

        Document page = page("/conversations");

        assertThat(page.select("h1").text()).isEqualTo("Conversations");
        assertThat(page.select("#nav-conversations.active").attr("href")).isEqualTo("/conversations");
        assertThat(page.select("#match-count").text()).isEqualTo("2 conversations");
        assertThat(page.select("tr.crm-conversation")).hasSize(2);
        Element ann = page.selectFirst("tr.crm-conversation[data-contact-id=7]");
        assertThat(ann.hasClass("crm-unread")).isTrue();
        assertThat(ann.hasClass("fw-bold")).isTrue();
        assertThat(ann.select(".crm-conversation-name a").attr("href")).isEqualTo("/conversations/7");
        assertThat(ann.select(".crm-conversation-name").text()).isEqualTo("Ann Lee");
        assertThat(ann.select(".crm-conversation-phone").text()).isEqualTo("(617) 555-0123");
        assertThat(ann.select(".crm-conversation-last time").text()).isEqualTo("5 min ago");
        assertThat(ann.select(".crm-conversation-last time").attr("title")).isEqualTo("2 Jan 2025, 02:59 UTC");
        assertThat(ann.select(".crm-direction").text()).isEqualTo("←");
        assertThat(ann.select(".crm-preview-text").text()).isEqualTo("Is Friday ok?");
        assertThat(ann.select(".crm-has-calls")).hasSize(1);
        assertThat(ann.select(".crm-has-media")).isEmpty();
        assertThat(ann.select(".crm-conversation-unread .badge").text()).isEqualTo("2");
        Element bob = page.selectFirst("tr.crm-conversation[data-contact-id=8]");
        assertThat(bob.hasClass("crm-unread")).isFalse();
        assertThat(bob.select(".crm-direction").text()).isEqualTo("→");
        assertThat(bob.select(".crm-has-media")).hasSize(1);
        assertThat(bob.select(".crm-conversation-last time").text()).isEqualTo("3 Dec 2024");
        assertThat(bob.select(".crm-conversation-unread .badge")).isEmpty();
        assertThat(page.select("#page-of").text()).isEqualTo("Page 1 of 1");
    }

    @Test
    void theSearchAndCheckboxesReachTheFilterStayInTheFormAndInThePageLinks() {
        for (int i = 1; i <= 5; i++) {
            server.conversations().addSummary(summary(i, "Sam " + i, "roof", 1, true, true, i));
        }

        Document page = page("/conversations?q=roof&unread=yes&calls=yes&media=yes&size=2&page=2");

        assertThat(server.conversations().lastFilter().search()).isEqualTo("roof");
        assertThat(server.conversations().lastFilter().unreadOnly()).isTrue();
        assertThat(server.conversations().lastFilter().hasCalls()).isTrue();
        assertThat(server.conversations().lastFilter().hasMedia()).isTrue();
        assertThat(server.conversations().lastPage().page()).isEqualTo(2);
        assertThat(page.select("#filter-q").val()).isEqualTo("roof");
        assertThat(page.select("#filter-unread").hasAttr("checked")).isTrue();
        assertThat(page.select("#filter-calls").hasAttr("checked")).isTrue();
        assertThat(page.select("#filter-media").hasAttr("checked")).isTrue();
        assertThat(page.select("#match-count").text()).isEqualTo("5 conversations");
        assertThat(page.select("tr.crm-conversation")).hasSize(2);
        assertThat(page.select("#page-of").text()).isEqualTo("Page 2 of 3");
        assertThat(page.select("a.crm-page-next").attr("href"))
                .isEqualTo("/conversations?q=roof&unread=yes&calls=yes&media=yes&size=2&page=3");
        assertThat(page.select("a.crm-page-first").attr("href"))
                .isEqualTo("/conversations?q=roof&unread=yes&calls=yes&media=yes&size=2");
    }

    @Test
    void noCheckboxMeansNoFilter() {
        Document page = page("/conversations");

        assertThat(server.conversations().lastFilter().unreadOnly()).isFalse();
        assertThat(server.conversations().lastFilter().hasCalls()).isFalse();
        assertThat(server.conversations().lastFilter().hasMedia()).isFalse();
        assertThat(server.conversations().lastFilter().search()).isNull();
        assertThat(page.select("#conversation-filters input[type=checkbox][checked]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unread=maybe", "bogus=1", "page=0"})
    void aMalformedParameterIsA400(String query) {
        HttpResponse<String> response = admin.get("/conversations?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void anEmptyInboxSaysWhatToDoNextAndLinksTheSetupOnlyForAdmins() {
        Document forAdmin = page("/conversations");
        assertThat(forAdmin.select("#empty-state").text()).isEqualTo("No conversations yet. Texts and calls appear here as OpenPhone "
                + "delivers them; set up the webhook in Settings → Integrations.");
        assertThat(forAdmin.select("#empty-state a").attr("href")).isEqualTo("/settings/integrations");
        assertThat(forAdmin.select("table")).isEmpty();

        Document forMarketer = page(server.marketer(), "/conversations");
        assertThat(forMarketer.select("#empty-state").text()).startsWith("No conversations yet.")
                .contains("Settings → Integrations");
        assertThat(forMarketer.select("#empty-state a")).isEmpty();

        Document filtered = page("/conversations?unread=yes");
        assertThat(filtered.select("#empty-state").text()).isEqualTo("No conversations match these filters: clear filters.");
    }

    @Test
    void theThreadShowsEveryKindOfEntryOldestFirstAndMarksTheConversationRead() {
        Contact ann = ann();
        server.conversations().setTimeline(ann.id(), everyKind());

        Document page = page("/conversations/" + ann.id());

        assertThat(server.conversations().calls()).containsExactly("thread " + ann.id() + " 200 true");
        assertThat(page.select("#nav-conversations.active")).hasSize(1);
        assertThat(page.select("#thread-contact").text()).isEqualTo("Ann Lee");
        assertThat(page.select("#thread-contact").attr("href")).isEqualTo("/contacts/" + ann.id());
        assertThat(page.select("#thread-phone").text()).isEqualTo("(617) 555-0123");
        assertThat(page.select("#opt-out-badge")).isEmpty();
        assertThat(page.select("#sandbox-banner")).isEmpty();
        assertThat(page.select("#timeline > *").eachAttr("class")).hasSize(6);
        assertThat(page.select("#timeline > .crm-message").eachAttr("data-status"))
                .containsExactly("received", "delivered", "failed", "delivered");
        assertThat(page.select("#timeline > .crm-call").eachAttr("data-call-status")).containsExactly("completed", "missed");

        assertThat(page.select(".crm-message[data-message-id=3] a.crm-campaign-link").attr("href")).isEqualTo("/campaigns/42");
        assertThat(page.select(".crm-message[data-message-id=3] a.crm-campaign-link").text())
                .isEqualTo("campaign Spring cracks");
        assertThat(page.select(".crm-message[data-message-id=2] a.crm-campaign-link")).isEmpty();

        Element inbound = page.selectFirst(".crm-message[data-message-id=1]");
        assertThat(inbound.attr("data-direction")).isEqualTo("inbound");
        assertThat(inbound.hasClass("justify-content-start")).isTrue();
        assertThat(inbound.select(".crm-message-body").text()).isEqualTo("Is Friday ok?");
        assertThat(inbound.select("img.crm-media-thumb").attr("src")).isEqualTo("https://media.example.com/roof.jpg");
        assertThat(inbound.select("a.crm-media-link").eachAttr("href"))
                .containsExactly("https://media.example.com/roof.jpg", "https://media.example.com/quote.pdf");
        assertThat(inbound.select("a.crm-media-link").last().text()).contains("application/pdf");
        assertThat(inbound.select(".crm-message-meta time").attr("datetime")).isEqualTo(T0.toString());
        assertThat(inbound.select(".crm-message-status").text()).isEqualTo("received");
        assertThat(page.html()).doesNotContain("javascript:");

        Element delivered = page.selectFirst(".crm-message[data-message-id=2]");
        assertThat(delivered.hasClass("justify-content-end")).isTrue();
        assertThat(delivered.select(".crm-message-status").text()).isEqualTo("delivered");
        assertThat(delivered.select(".crm-sent-by").text()).isEqualTo("by Alex Admin");
        assertThat(delivered.select(".crm-sandbox-label")).isEmpty();

        Element failed = page.selectFirst(".crm-message[data-message-id=3]");
        assertThat(failed.select(".crm-message-status.text-danger-emphasis").text()).isEqualTo("failed");
        assertThat(failed.select(".crm-message-error.text-danger-emphasis").text()).isEqualTo("Error 30007: Carrier filtered");

        Element sandboxed = page.selectFirst(".crm-message[data-message-id=4]");
        assertThat(sandboxed.select(".crm-sandbox-label").text()).isEqualTo("Sandbox — not sent");

        Element call = page.selectFirst(".crm-call[data-call-id=CA1]");
        assertThat(call.select(".crm-call-title").text()).startsWith("📞 Incoming call").contains("completed");
        assertThat(call.select(".crm-call-duration").text()).isEqualTo("2:05");
        assertThat(call.select(".crm-call-answered-by").text()).isEqualTo("Sam Agent");
        assertThat(call.select(".crm-call-forwarded-to").text()).isEqualTo("+16175550999");
        assertThat(call.select("audio[controls]").attr("src")).isEqualTo("https://media.example.com/call.mp3");
        assertThat(call.select(".crm-call-audio").text()).startsWith("Recording (2:05)");
        assertThat(call.select(".crm-call-summary li").eachText())
                .containsExactly("Summary: Wants a roof quote", "Next step: Send the quote");
        assertThat(call.select("details.crm-call-transcript summary").text()).isEqualTo("Transcript");
        assertThat(call.select("details.crm-call-transcript").hasAttr("open")).isFalse();
        assertThat(call.select("details.crm-call-transcript li").eachText())
                .containsExactly("0:00 +16175550123: Hello?", "1:05 Sam Agent: Hi Ann");

        Element missed = page.selectFirst(".crm-call[data-call-id=CA2]");
        assertThat(missed.select(".crm-call-status.text-bg-danger").text()).isEqualTo("missed");
        assertThat(missed.select(".crm-call-audio[data-kind=voicemail] audio").attr("src"))
                .isEqualTo("https://media.example.com/vm.mp3");
        assertThat(missed.select(".crm-voicemail-transcript").text()).isEqualTo("Call me back");
        assertThat(missed.select(".crm-call-duration")).isEmpty();
        assertThat(page.select("#timeline").attr("data-pending")).isEqualTo("false");
    }

    @Test
    void theReplyFormCarriesTheCsrfTokenTheLimitAndTheScripts() {
        Contact ann = ann();

        Document page = page("/conversations/" + ann.id());

        Element form = page.selectFirst("#reply-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/conversations/" + ann.id() + "/reply");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(form.select("textarea[name=body]").attr("maxlength")).isEqualTo("1600");
        assertThat(form.select("#reply-count").attr("data-max")).isEqualTo("1600");
        assertThat(page.select("script[src]").eachAttr("src"))
                .contains("/static/js/reply-counter.js", "/static/js/conversation-refresh.js");
        assertThat(page.select("#timeline-empty").text()).isEqualTo("No messages or calls yet.");
        assertThat(page.select("#reply-refused")).isEmpty();
    }

    @Test
    void onAPhoneTheReplyBoxStaysAtTheBottomOfTheScreen() {
        Document page = page("/conversations/" + ann().id());
        String css = server.get("/static/css/app.css", "text/css").body();

        assertThat(page.select("section#reply").hasClass("crm-reply-bar")).isTrue();
        assertThat(css).containsPattern(
                "@media \\(max-width: 767\\.98px\\) \\{\\s*\\.crm-reply-bar \\{\\s*position: sticky;\\s*bottom: 0;");
    }

    @Test
    void theSandboxBannerAndTheOptOutBadgeShowWhenTheyApply() {
        Contact ann = ann();
        server.conversations().sandbox(true);
        server.conversations().suppress(ann.id(), new OptOutChange(new PhoneNumber("+16175550123"), OptOutKeyword.OPT_OUT,
                "STOP", "AC9", "Stop", Instant.parse("2025-01-01T10:00:00Z")));

        Document page = page("/conversations/" + ann.id());

        assertThat(page.select("#sandbox-banner").text()).isEqualTo("Sandbox: OpenPhone is not configured (no OPENPHONE_API_KEY); "
                + "messages are recorded here but never leave this machine.");
        assertThat(page.select("#opt-out-badge").text()).isEqualTo("Opted out (STOP) · 1 Jan 2025, 10:00 UTC");
    }

    @Test
    void aRefusedThreadShowsTheReasonAndNoForm() {
        Contact ann = ann();
        server.conversations().refuseReplies(ann.id(), "Ann opted out of texts (STOP on 1 Jan 2025).");

        Document page = page("/conversations/" + ann.id());

        assertThat(page.select("#reply-form")).isEmpty();
        assertThat(page.select("#reply form")).isEmpty();
        assertThat(page.select("#reply-refused").text()).isEqualTo("Ann opted out of texts (STOP on 1 Jan 2025).");
        assertThat(page.select("#reply-disabled").hasAttr("disabled")).isTrue();
    }

    @Test
    void anUnknownContactIsA404() {
        assertThat(admin.get("/conversations/999").statusCode()).isEqualTo(404);
        assertThat(admin.get("/conversations/abc").statusCode()).isEqualTo(404);
        assertThat(admin.get("/conversations/999/timeline").statusCode()).isEqualTo(404);
    }

    @Test
    void aReplyIsSentAsTheUserAndRedirectsToTheThreadWithAFlash() {
        Contact ann = ann();

        HttpResponse<String> response = admin.post("/conversations/" + ann.id() + "/reply", Map.of("body", "On my way"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/conversations/" + ann.id());
        assertThat(server.conversations().replies()).singleElement().satisfies(reply -> {
            assertThat(reply.contact()).isEqualTo(ann.id());
            assertThat(reply.body()).isEqualTo("On my way");
            assertThat(reply.sentBy()).isEqualTo(server.accounts().admin().id());
        });
        Document thread = page("/conversations/" + ann.id());
        assertThat(thread.select("#flash").text()).isEqualTo("Message queued");
        Element queued = thread.selectFirst(".crm-message[data-message-id=1000]");
        assertThat(queued.attr("data-status")).isEqualTo("queued");
        assertThat(thread.select("#timeline").attr("data-pending")).isEqualTo("true");
        assertThat(page("/conversations/" + ann.id()).select("#flash")).isEmpty();
    }

    @Test
    void aRefusedReplyKeepsTheTypedTextAndShowsWhy() {
        Contact ann = ann();
        server.conversations().failRepliesWith(BusinessRuleException.invalid("Ann has no phone number to text."));

        HttpResponse<String> response = admin.post("/conversations/" + ann.id() + "/reply", Map.of("body", "Hello <b>there</b>"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#reply-error").text()).isEqualTo("Ann has no phone number to text.");
        assertThat(page.select("#reply-body").val()).isEqualTo("Hello <b>there</b>");
        assertThat(page.select("#thread-contact").text()).isEqualTo("Ann Lee");
        assertThat(server.conversations().replies()).isEmpty();
        assertThat(server.conversations().calls()).contains("thread " + ann.id() + " 200 false");
    }

    @Test
    void aConflictingReplyAnswers409WithTheMessage() {
        Contact ann = ann();
        server.conversations().failRepliesWith(BusinessRuleException.conflict("Ann opted out of texts."));

        HttpResponse<String> response = admin.post("/conversations/" + ann.id() + "/reply", Map.of("body", "Hi"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(response.body()).select("#reply-error").text()).isEqualTo("Ann opted out of texts.");
    }

    @Test
    void theTimelineFragmentIsTheTimelineAloneWithoutMarkingRead() {
        Contact ann = ann();
        server.conversations().setTimeline(ann.id(), List.of(message(5, MessageDirection.OUTBOUND, "Queued one",
                MessageStatus.SENT, 1)));

        HttpResponse<String> response = admin.get("/conversations/" + ann.id() + "/timeline");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).doesNotContain("<html").doesNotContain("<nav").doesNotContain("reply-form");
        Document fragment = Jsoup.parseBodyFragment(response.body());
        assertThat(fragment.select("#timeline").attr("data-contact-id")).isEqualTo(Long.toString(ann.id().value()));
        assertThat(fragment.select("#timeline").attr("data-pending")).isEqualTo("true");
        assertThat(fragment.select(".crm-message[data-message-id=5]").attr("data-status")).isEqualTo("sent");
        assertThat(server.conversations().calls()).containsExactly("thread " + ann.id() + " 200 false");
    }

    @Test
    void aMarketerUsesConversationsToo() {
        Contact ann = ann();
        Browser marketer = server.marketer();

        assertThat(marketer.get("/conversations").statusCode()).isEqualTo(200);
        assertThat(marketer.get("/conversations/" + ann.id()).statusCode()).isEqualTo(200);
        assertThat(marketer.get("/conversations/" + ann.id() + "/timeline").statusCode()).isEqualTo(200);
        assertThat(marketer.post("/conversations/" + ann.id() + "/reply", Map.of("body", "Hi")).statusCode()).isEqualTo(303);
        assertThat(server.conversations().replies()).singleElement().extracting(SendReplyCommand::sentBy)
                .isEqualTo(server.accounts().marketer().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/conversations", "/conversations/1", "/conversations/1/timeline"})
    void signedOutVisitorsAreSentToTheLoginPage(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/login");
        assertThat(server.conversations().calls()).isEmpty();
    }

    @Test
    void aSignedOutReplyIsRefusedAndSendsNothing() {
        Contact ann = ann();
        Browser anonymous = server.anonymous();
        anonymous.get("/login");

        HttpResponse<String> response = anonymous.post("/conversations/" + ann.id() + "/reply", Map.of("body", "Hi"));

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/login");
        assertThat(server.conversations().replies()).isEmpty();
    }

    @Test
    void aReplyWithoutTheCsrfTokenIsRefused() {
        Contact ann = ann();

        HttpResponse<String> response = admin.send(admin.formRequest("/conversations/" + ann.id() + "/reply",
                Map.of("body", "Hi")).header("Origin", server.origin()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.conversations().calls()).isEmpty();
    }

    @Test
    void theScriptsAreServed() {
        assertThat(server.get("/static/js/reply-counter.js", "*/*").statusCode()).isEqualTo(200);
        HttpResponse<String> refresh = server.get("/static/js/conversation-refresh.js", "*/*");
        assertThat(refresh.statusCode()).isEqualTo(200);
        assertThat(refresh.body()).contains("/timeline").contains("3000");
    }
}
