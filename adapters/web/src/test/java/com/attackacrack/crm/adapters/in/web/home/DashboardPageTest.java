package com.attackacrack.crm.adapters.in.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeDashboard;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.dashboard.Dashboard;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.importing.ImportId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashboardPageTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.dashboard().reset();
    }

    private static Document home(Browser browser) {
        HttpResponse<String> response = browser.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body(), server.uri("/").toString());
    }

    private static Dashboard busy() {
        Dashboard e = FakeDashboard.empty();
        List<Dashboard.DayMessages> days = new ArrayList<>(e.days());
        days.set(0, new Dashboard.DayMessages(e.days().getFirst().day(), 12, 4, 3));
        days.set(29, new Dashboard.DayMessages(e.today(), 7, 2, 1));
        List<ConversationSummary> conversations = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            conversations.add(new ConversationSummary(new ContactId(i), "Person " + i, "+16175550100", e.at().minusSeconds(60L * i),
                    "Message <" + i + ">", i == 1 ? MessageDirection.INBOUND : MessageDirection.OUTBOUND, i == 1 ? 2 : 0,
                    false, false));
        }
        return new Dashboard(e.at(), e.zone(), e.today(), new Dashboard.Contacts(1234, 17, LocalDate.of(2026, 11, 21)),
                List.of(new Dashboard.ActiveCampaign(new CampaignId(7), "Spring promo", CampaignStatus.RUNNING, 400, 100, 150, 40),
                        new Dashboard.ActiveCampaign(new CampaignId(9), "Gutters", CampaignStatus.RUNNING, 0, 0, 50, 0),
                        new Dashboard.ActiveCampaign(new CampaignId(8), "Summer", CampaignStatus.SCHEDULED, 0, 0, 300, 0)),
                40, 200, new Dashboard.ResponseRate(5, 40, e.today().minusDays(29)), days, conversations,
                Optional.of(List.of(new Dashboard.ImportConflicts(new ImportId(3), "leads.csv", 4),
                        new Dashboard.ImportConflicts(new ImportId(2), "old.csv", 1))),
                OptionalLong.of(6));
    }

    @Test
    void everyFigureIsTheNumberAloneLinkingToTheListItCounts() {
        server.dashboard().answering(busy());

        Document page = home(server.admin());

        assertFigure(page, "#figure-contacts-total", "1234", "/contacts");
        assertFigure(page, "#figure-contacts-new", "17", "/contacts?createdFrom=2026-11-21");
        assertFigure(page, "#figure-active-campaigns", "2", "/campaigns?status=running");
        assertFigure(page, "#figure-scheduled-campaigns", "1", "/campaigns?status=scheduled");
        assertFigure(page, "#figure-sent-today", "40", "/campaigns");
        assertFigure(page, "#figure-daily-limit", "200", "/campaigns?status=running");
        assertFigure(page, "#figure-response-rate", "12.5%", "/campaigns");
        assertFigure(page, "#figure-open-conflicts", "5", "/settings/imports/conflicts");
        assertFigure(page, "#figure-dead-letters", "6", "/settings/integrations#dead-letters");
        assertThat(page.select("#figure-replied").text()).isEqualTo("5");
        assertThat(page.select("#figure-recipients-sent").text()).isEqualTo("40");
    }

    @Test
    void activeCampaignsShowTheirProgressAndTodaysSendsAgainstTheirLimit() {
        server.dashboard().answering(busy());

        Document page = home(server.admin());
        List<Element> rows = page.select("#active-campaigns .crm-active-campaign");

        assertThat(rows).extracting(it -> it.selectFirst("a").attr("href")).containsExactly("/campaigns/7", "/campaigns/9",
                "/campaigns/8");
        assertThat(rows.get(0).select("progress").attr("value")).isEqualTo("25");
        assertThat(rows.get(0).select(".crm-campaign-sent").text()).isEqualTo("100");
        assertThat(rows.get(0).select(".crm-campaign-recipients").text()).isEqualTo("400");
        assertThat(rows.get(0).select(".crm-campaign-today").text()).isEqualTo("40");
        assertThat(rows.get(0).select(".crm-campaign-limit").text()).isEqualTo("150");
        assertThat(rows.get(1).select("progress").attr("value")).isEqualTo("0");
        assertThat(rows.get(2).select(".badge").text()).isEqualTo("Scheduled");
        assertThat(rows.get(2).select(".crm-campaign-today")).isEmpty();
    }

    @Test
    void theChartCarriesEveryDayOfTheSeriesAndTheTableRepeatsIt() throws Exception {
        server.dashboard().answering(busy());

        Document page = home(server.admin());
        JsonNode series = new ObjectMapper().readTree(page.select("canvas#chart-messages-30d").attr("data-series"));

        assertThat(series.get("days")).hasSize(30);
        assertThat(series.get("days").get(0).asText()).isEqualTo("2026-10-28");
        assertThat(series.get("days").get(29).asText()).isEqualTo("2026-11-26");
        assertThat(series.get("labels").get(29).asText()).isEqualTo("Nov 26");
        assertThat(series.get("sent").get(0).asLong()).isEqualTo(12);
        assertThat(series.get("sent").get(1).asLong()).isZero();
        assertThat(series.get("received").get(29).asLong()).isEqualTo(2);
        assertThat(series.get("replies").get(0).asLong()).isEqualTo(3);
        assertThat(page.select("#messages-table tbody tr")).hasSize(30);
        assertThat(page.select("#messages-table tr[data-day=2026-10-28] td").eachText()).containsExactly("12", "4", "3");
        assertThat(page.select("#messages-table tr[data-day=2026-10-29] td").eachText()).containsExactly("0", "0", "0");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/static/vendor/chartjs/4.4.7/chart.umd.js",
                "/static/js/dashboard-chart.js");
    }

    @Test
    void recentConversationsLinkToTheirThreadsAndMarkUnread() {
        server.dashboard().answering(busy());

        Document page = home(server.admin());
        List<Element> rows = page.select("#recent-conversations .crm-recent-conversation");

        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/conversations/1");
        assertThat(rows.get(0).select("a").text()).isEqualTo("Person 1");
        assertThat(rows.get(0).hasClass("crm-unread")).isTrue();
        assertThat(rows.get(0).select(".crm-conversation-preview").text()).isEqualTo("Message <1>");
        assertThat(rows.get(1).hasClass("crm-unread")).isFalse();
        assertThat(rows.get(1).select(".crm-conversation-preview").text()).isEqualTo("You: Message <2>");
        assertThat(page.select("#recent-conversations a[href=/conversations]").text()).isEqualTo("All conversations");
    }

    @Test
    void importsWithOpenConflictsLinkToTheirFilteredConflicts() {
        server.dashboard().answering(busy());

        Document page = home(server.admin());

        assertThat(page.select("#imports-attention .crm-import-attention a").eachAttr("href")).containsExactly(
                "/settings/imports/conflicts?import=3", "/settings/imports/3", "/settings/imports/conflicts?import=2",
                "/settings/imports/2");
    }

    @Test
    void anEmptyDatabaseSaysWhatToDoNext() {
        Document page = home(server.admin());

        assertThat(page.select("#figure-contacts-total").text()).isEqualTo("0");
        assertThat(page.select("#figure-response-rate").text()).isEqualTo("0%");
        assertThat(page.select("#empty-contacts a").eachAttr("href")).containsExactly("/settings/imports", "/contacts/new");
        assertThat(page.select("#empty-campaigns a").attr("href")).isEqualTo("/campaigns/new");
        assertThat(page.select("#empty-conversations a").attr("href")).isEqualTo("/campaigns/new");
        assertThat(page.select("#imports-attention").text()).contains("No import is waiting");
    }

    @Test
    void aMarketerIsNotOfferedTheImportPage() {
        Document page = home(server.marketer());

        assertThat(page.select("#empty-contacts a").eachAttr("href")).containsExactly("/contacts/new");
    }

    @Test
    void aFailingDashboardShowsAReferenceAndNoDetail() {
        server.dashboard().failingWith(new IllegalStateException("secret"));

        Document page = home(server.admin());

        assertThat(page.select("#dashboard-error").text()).contains("could not be computed").doesNotContain("secret");
        assertThat(page.select("#dashboard-error code").text()).matches("[0-9A-F]{12}");
    }

    private static void assertFigure(Document page, String selector, String text, String href) {
        Element figure = page.selectFirst(selector);
        assertThat(figure).as(selector).isNotNull();
        assertThat(figure.text()).as(selector).isEqualTo(text);
        assertThat(figure.attr("href")).as(selector).isEqualTo(href);
    }
}
