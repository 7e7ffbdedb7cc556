package com.attackacrack.crm.adapters.in.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.application.port.in.campaign.CampaignPreview;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SmsSegments;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignsControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private Browser admin;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.audiences().reset();
        server.campaigns().reset();
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

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Spring tune-up");
        form.put("audience", "list-1");
        form.put("messageA", "Hi {first_name|there}, spring special!");
        form.put("messageB", "");
        form.put("dailyLimit", "125");
        form.put("windowStart", "09:00");
        form.put("windowEnd", "18:00");
        form.put("windowZone", "America/New_York");
        form.put("skipTextedWithinDays", "");
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static CampaignStats.Counts counts(long targeted, long excluded, long pending, long sent, long delivered,
                                               long failed, long replied) {
        return new CampaignStats.Counts(targeted, excluded, pending, 0, sent, delivered, failed, 1, replied, 1);
    }

    private static RecipientRow recipient(long id, String name, RecipientStatus status, ExclusionReason exclusion,
                                          String failure) {
        return new RecipientRow(id, new ContactId(id), name, new PhoneNumber("+1617555" + String.format("%04d", id)),
                Variant.A, status, exclusion, exclusion == null ? "Hi " + name : null, null, null,
                failure == null ? null : Instant.parse("2026-03-10T13:00:00Z"), failure, null, null);
    }

    @Test
    void withoutCampaignsTheListSaysHowToStart() {
        Document page = page("/campaigns");

        assertThat(page.select("h1").text()).isEqualTo("Campaigns");
        assertThat(page.select("#nav-campaigns.active").attr("href")).isEqualTo("/campaigns");
        assertThat(page.select("#empty-state").text())
                .isEqualTo("No campaigns yet. Build a list or a saved filter, then create a campaign.");
        assertThat(page.select("#new-campaign").attr("href")).isEqualTo("/campaigns/new");
        assertThat(page.select("#campaigns")).isEmpty();
    }

    @Test
    void theListShowsEachCampaignWithItsStatusAndAudienceNewestFirst() {
        CampaignList list = server.audiences().givenList("Spring leads");
        SavedFilter filter = server.audiences().givenFilter("Boston owners", AudienceFilter.everyone());
        Campaign first = server.campaigns().given("First", CampaignStatus.RUNNING, new Audience.ListAudience(list.id()), "Hi", null);
        Campaign second = server.campaigns().given("Second", CampaignStatus.DRAFT, new Audience.FilterAudience(filter.id()),
                "Hi", null);

        Document page = page("/campaigns");

        assertThat(page.select("tr.crm-campaign").eachAttr("data-campaign-id"))
                .containsExactly(Long.toString(second.id().value()), Long.toString(first.id().value()));
        var row = page.selectFirst("tr.crm-campaign[data-campaign-id=" + first.id() + "]");
        assertThat(row.select(".crm-campaign-name a").attr("href")).isEqualTo("/campaigns/" + first.id());
        assertThat(row.select(".crm-campaign-status .badge").text()).isEqualTo("Running");
        assertThat(row.select(".crm-campaign-audience").text()).isEqualTo("List: Spring leads");
        assertThat(row.select(".crm-campaign-started").text()).isNotEqualTo("—");
        var draft = page.selectFirst("tr.crm-campaign[data-campaign-id=" + second.id() + "]");
        assertThat(draft.select(".crm-campaign-audience").text()).isEqualTo("Saved filter: Boston owners");
        assertThat(draft.select(".crm-campaign-started").text()).isEqualTo("—");
        assertThat(page.select("#match-count").text()).isEqualTo("2 campaigns");
    }

    @Test
    void theStatusFilterAndPagesReachTheQueryAndKeepEachOther() {
        for (int i = 0; i < 3; i++) {
            server.campaigns().given("Run " + i, CampaignStatus.RUNNING);
        }
        server.campaigns().given("Draft", CampaignStatus.DRAFT);

        Document page = page("/campaigns?status=running&size=2");

        assertThat(server.campaigns().lastQuery().status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(page.select("tr.crm-campaign")).hasSize(2);
        assertThat(page.select("#filter-status option[selected]").val()).isEqualTo("running");
        assertThat(page.select("#page-of").text()).isEqualTo("Page 1 of 2");
        assertThat(page.select("a.crm-page-next").attr("href")).isEqualTo("/campaigns?status=running&size=2&page=2");

        Document none = page("/campaigns?status=cancelled");
        assertThat(none.select("#empty-state").text()).contains("No campaigns are cancelled");
        assertThat(admin.get("/campaigns?status=lost").statusCode()).isEqualTo(400);
    }

    @Test
    void theNewFormPreselectsTheBusinessZone() {
        server.campaigns().givenBusinessZone(ZoneId.of("America/Los_Angeles"));

        assertThat(page("/campaigns/new").select("#windowZone option[selected]").eachAttr("value"))
                .containsExactly("America/Los_Angeles");

        server.campaigns().givenBusinessZone(ZoneId.of("Europe/London"));

        assertThat(page("/campaigns/new").select("#windowZone option[selected]").eachAttr("value"))
                .containsExactly("Europe/London");
    }

    @Test
    void theNewFormHasTheDefaultsTheAudiencesAndTheTokenHelper() {
        CampaignList list = server.audiences().givenList("Spring leads");
        SavedFilter filter = server.audiences().givenFilter("Boston owners", AudienceFilter.everyone());

        Document page = page("/campaigns/new");

        assertThat(page.select("#campaign-form").attr("action")).isEqualTo("/campaigns");
        assertThat(page.select("#campaign-form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(page.select("#audience optgroup[label=Lists] option").eachAttr("value")).containsExactly("list-" + list.id());
        assertThat(page.select("#audience optgroup[label=Lists] option").text()).isEqualTo("Spring leads (0 contacts)");
        assertThat(page.select("#audience optgroup[label=Saved filters] option").eachAttr("value"))
                .containsExactly("filter-" + filter.id());
        assertThat(page.select("#dailyLimit").val()).isEqualTo("125");
        assertThat(page.select("input[name=windowDays][checked]").eachAttr("value"))
                .containsExactly("MON", "TUE", "WED", "THU", "FRI");
        assertThat(page.select("input[name=windowDays]")).hasSize(7);
        assertThat(page.select("#windowStart").val()).isEqualTo("09:00");
        assertThat(page.select("#windowEnd").val()).isEqualTo("18:00");
        assertThat(page.select("#windowZone option[selected]").val()).isEqualTo("America/New_York");
        assertThat(page.select("#windowZone option").eachAttr("value")).contains("America/Chicago", "America/Los_Angeles");
        assertThat(page.select("#skipInOtherRunning").hasAttr("checked")).isTrue();
        assertThat(page.select(".crm-token").eachAttr("data-token")).contains("{first_name}", "{last_name}", "{city}");
        assertThat(page.select("#token-note").text()).contains("{first_name|there}");
        assertThat(page.select("#messageA").attr("data-counter")).isEqualTo("messageA-count");
        assertThat(page.select("#messageB-count")).hasSize(1);
        assertThat(page.select("script[src=/static/js/campaign-form.js]")).hasSize(1);
    }

    @Test
    void creatingACampaignSendsTheFormAndOpensItsPreview() {
        HttpResponse<String> response = admin.post("/campaigns", form("audience", "list-7", "messageB", "Hey {first_name|there}",
                "skipInOtherRunning", "yes", "skipTextedWithinDays", "30"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/campaigns/1/preview");
        CampaignForm sent = server.campaigns().lastForm();
        assertThat(sent.name()).isEqualTo("Spring tune-up");
        assertThat(sent.audienceListId()).isEqualTo("7");
        assertThat(sent.audienceFilterId()).isEmpty();
        assertThat(sent.messageB()).isEqualTo("Hey {first_name|there}");
        assertThat(sent.windowZone()).isEqualTo("America/New_York");
        assertThat(sent.skipInOtherRunning()).isTrue();
        assertThat(sent.skipTextedWithinDays()).isEqualTo("30");
        assertThat(server.campaigns().lastCreator()).isEqualTo(server.accounts().admin().id());

        Document preview = page("/campaigns/1/preview");
        assertThat(preview.select("#flash").text()).contains("Campaign saved as a draft");
    }

    @Test
    void aSavedFilterAudienceAndTickedDaysReachTheForm() {
        String body = Browser.encode(form("audience", "filter-3")) + "&windowDays=SAT&windowDays=SUN";
        HttpResponse<String> response = admin.send(admin.request("/campaigns").header("Content-Type",
                "application/x-www-form-urlencoded").header("Origin", server.origin()).header("Accept", Browser.HTML)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + admin.csrfToken())));

        assertThat(response.statusCode()).isEqualTo(303);
        CampaignForm sent = server.campaigns().lastForm();
        assertThat(sent.audienceListId()).isEmpty();
        assertThat(sent.audienceFilterId()).isEqualTo("3");
        assertThat(sent.windowDays()).containsExactly("SAT", "SUN");
        assertThat(sent.skipInOtherRunning()).isFalse();
    }

    @Test
    void fieldErrorsReRenderTheFormWithTheTypedValuesAndEachMessageNextToItsField() {
        server.audiences().givenList("Spring leads");
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("audience", "Pick one audience: a list or a saved filter");
        problems.put("messageA", "Message A: Unknown token {frist_name}: use one of {first_name}");
        problems.put("dailyLimit", "Daily limit must be 1 to 10000");
        problems.put("somethingElse", "The campaign cannot be saved right now.");
        server.campaigns().failSavesWith(new InvalidFieldsException(problems));

        HttpResponse<String> response = admin.post("/campaigns", form("audience", "", "messageA", "Hi {frist_name}",
                "dailyLimit", "0", "windowZone", "America/Chicago", "skipTextedWithinDays", "14"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#audience").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#audience-errors").text()).isEqualTo("Pick one audience: a list or a saved filter");
        assertThat(page.select("#messageA-errors").text()).contains("Unknown token {frist_name}");
        assertThat(page.select("#dailyLimit-errors").text()).isEqualTo("Daily limit must be 1 to 10000");
        assertThat(page.select("#page-error").text()).isEqualTo("The campaign cannot be saved right now.");
        assertThat(page.select("#name").val()).isEqualTo("Spring tune-up");
        assertThat(page.select("#messageA").text()).isEqualTo("Hi {frist_name}");
        assertThat(page.select("#dailyLimit").val()).isEqualTo("0");
        assertThat(page.select("#windowZone option[selected]").val()).isEqualTo("America/Chicago");
        assertThat(page.select("#skipTextedWithinDays").val()).isEqualTo("14");
        assertThat(page.select("input[name=windowDays][checked]")).isEmpty();
        assertThat(page.select("#skipInOtherRunning").hasAttr("checked")).isFalse();
    }

    @Test
    void aDeletedAudienceIsNamedNextToTheAudience() {
        server.campaigns().failSavesWith(BusinessRuleException.notFound("No campaign list with id 9"));

        HttpResponse<String> response = admin.post("/campaigns", form("audience", "list-9"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#audience-errors").text())
                .isEqualTo("No campaign list with id 9: pick another audience.");
    }

    @Test
    void editingADraftShowsItsValuesAndSavesChanges() {
        CampaignList list = server.audiences().givenList("Spring leads");
        Campaign draft = server.campaigns().given("Draft", CampaignStatus.DRAFT, new Audience.ListAudience(list.id()),
                "Hi {first_name|there}", "Hello {city|neighbour}");

        Document page = page("/campaigns/" + draft.id() + "/edit");
        assertThat(page.select("#campaign-form").attr("action")).isEqualTo("/campaigns/" + draft.id());
        assertThat(page.select("#name").val()).isEqualTo("Draft");
        assertThat(page.select("#audience option[selected]").val()).isEqualTo("list-" + list.id());
        assertThat(page.select("#messageA").text()).isEqualTo("Hi {first_name|there}");
        assertThat(page.select("#messageB").text()).isEqualTo("Hello {city|neighbour}");

        HttpResponse<String> response = admin.post("/campaigns/" + draft.id(), form("name", "Renamed", "audience",
                "list-" + list.id()));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/campaigns/" + draft.id() + "/preview");
        assertThat(server.campaigns().campaign(draft.id()).name()).isEqualTo("Renamed");
    }

    @Test
    void onlyDraftsCanBeEditedAndThePageSaysWhy() {
        Campaign running = server.campaigns().given("Live", CampaignStatus.RUNNING);

        HttpResponse<String> edit = admin.get("/campaigns/" + running.id() + "/edit");
        assertThat(edit.statusCode()).isEqualTo(303);
        assertThat(location(edit)).isEqualTo("/campaigns/" + running.id());
        assertThat(page("/campaigns/" + running.id()).select("#flash").text())
                .isEqualTo("Only drafts can be edited: this campaign is running.");

        HttpResponse<String> post = admin.post("/campaigns/" + running.id(), form());
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(server.campaigns().calls()).doesNotContain("update " + running.id());
        assertThat(server.campaigns().campaign(running.id()).name()).isEqualTo("Live");
    }

    @Test
    void thePreviewShowsTheFiguresExclusionsSamplesAndSegments() {
        Campaign draft = server.campaigns().given("Spring", CampaignStatus.DRAFT);
        Map<ExclusionReason, Long> exclusions = new LinkedHashMap<>();
        exclusions.put(ExclusionReason.of(ExclusionReason.Kind.SUPPRESSED), 2L);
        exclusions.put(ExclusionReason.of(ExclusionReason.Kind.NO_VALID_PHONE), 0L);
        exclusions.put(ExclusionReason.unresolved("city"), 1L);
        List<CampaignPreview.Sample> samples = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            samples.add(new CampaignPreview.Sample(new ContactId(i), "Person " + i, i % 2 == 0 ? Variant.B : Variant.A,
                    "Hi Person " + i + " <b>"));
        }
        server.campaigns().givenPreview(draft.id(), new CampaignPreview(1203, exclusions, 1200, samples,
                Map.of(Variant.A, SmsSegments.of("Hi Ann"), Variant.B, SmsSegments.of("Hi 😀")), 10, 14));

        Document page = page("/campaigns/" + draft.id() + "/preview");

        assertThat(page.select("#preview-audience").text()).isEqualTo("1,203");
        assertThat(page.select("#preview-excluded").text()).isEqualTo("3");
        assertThat(page.select("#preview-eligible").text()).isEqualTo("1,200");
        assertThat(page.select("tr.crm-exclusion .crm-exclusion-reason").eachText())
                .containsExactly("suppressed", "unresolved {city}");
        assertThat(page.select("tr.crm-exclusion .crm-exclusion-count").eachText()).containsExactly("2", "1");
        assertThat(page.select(".crm-sample")).hasSize(5);
        assertThat(page.select(".crm-sample-name").first().text()).isEqualTo("Person 1");
        assertThat(page.select(".crm-sample-variant").eachText()).contains("Message A", "Message B");
        assertThat(page.select(".crm-sample-body").first().text()).isEqualTo("Hi Person 1 <b>");
        assertThat(page.select("tr.crm-segments[data-variant=A] .crm-encoding").text()).isEqualTo("GSM-7");
        assertThat(page.select("tr.crm-segments[data-variant=A] .crm-characters").text()).isEqualTo("6");
        assertThat(page.select("tr.crm-segments[data-variant=B] .crm-encoding").text()).isEqualTo("UCS-2 (Unicode)");
        assertThat(page.select("tr.crm-segments[data-variant=B] .crm-segment-count").text()).isEqualTo("1");
        assertThat(page.select("#estimate").text()).contains("10 sending days").contains("14 calendar days");
        assertThat(page.select("#launch-now-form").attr("data-confirm")).isEqualTo("Launch Spring now and text 1,200 recipients?");
        assertThat(page.select("#launch-now-form").attr("action")).isEqualTo("/campaigns/" + draft.id() + "/launch");
        assertThat(page.select("#schedule-form input[type=datetime-local][name=startAt]")).hasSize(1);
        assertThat(page.select("label[for=startAt]").text()).contains("America/New_York");
        assertThat(page.select("#edit-campaign").attr("href")).isEqualTo("/campaigns/" + draft.id() + "/edit");
        assertThat(page.select("script[src=/static/js/campaign-page.js]")).hasSize(1);
    }

    @Test
    void aLaunchedCampaignsPreviewOffersNoLaunch() {
        Campaign running = server.campaigns().given("Live", CampaignStatus.RUNNING);

        Document page = page("/campaigns/" + running.id() + "/preview");

        assertThat(page.select("#launch")).isEmpty();
        assertThat(page.select("#not-draft").text()).contains("running");
    }

    @Test
    void launchingNowStartsItAndOpensTheCampaignPage() {
        Campaign draft = server.campaigns().given("Spring", CampaignStatus.DRAFT);
        server.campaigns().givenStats(draft.id(), new CampaignStats(counts(5, 2, 3, 0, 0, 0, 0), Map.of(), Map.of()));

        HttpResponse<String> response = admin.post("/campaigns/" + draft.id() + "/launch", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/campaigns/" + draft.id());
        assertThat(server.campaigns().lastLaunch().startAt()).isNull();
        Document page = page("/campaigns/" + draft.id());
        assertThat(page.select("#flash").text()).isEqualTo("Campaign launched: 3 recipients will be texted within the sending window.");
        assertThat(page.select("#campaign-status").text()).isEqualTo("Running");
    }

    @Test
    void schedulingReadsTheTimeInTheCampaignsZone() {
        Campaign draft = server.campaigns().given("Spring", CampaignStatus.DRAFT);

        HttpResponse<String> response = admin.post("/campaigns/" + draft.id() + "/launch", Map.of("startAt", "2025-01-03T09:30"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(server.campaigns().lastLaunch().startAt()).isEqualTo(Instant.parse("2025-01-03T14:30:00Z"));
        Document page = page("/campaigns/" + draft.id());
        assertThat(page.select("#flash").text()).startsWith("Campaign scheduled: it starts 3 Jan 2025, 09:30 EST");
        assertThat(page.select("#campaign-scheduled").text()).isEqualTo("3 Jan 2025, 09:30 EST");
        assertThat(page.select("#cancel-campaign")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-01-01T09:00 | has passed",
        "tomorrow         | Pick a start date and time"
    })
    void aPastOrUnreadableStartTimeIsRefusedWithoutLaunching(String startAt, String message) {
        Campaign draft = server.campaigns().given("Spring", CampaignStatus.DRAFT);

        HttpResponse<String> response = admin.post("/campaigns/" + draft.id() + "/launch", Map.of("startAt", startAt));

        assertThat(location(response)).isEqualTo("/campaigns/" + draft.id() + "/preview");
        assertThat(server.campaigns().calls()).isEmpty();
        assertThat(page("/campaigns/" + draft.id() + "/preview").select("#flash.alert-danger").text()).contains(message);
    }

    @Test
    void aRefusedLaunchShowsTheReasonOnThePreview() {
        Campaign draft = server.campaigns().given("Spring", CampaignStatus.DRAFT);
        server.campaigns().failLaunchesWith(BusinessRuleException.invalid("Nobody in the audience can be texted: 3 suppressed"));

        HttpResponse<String> response = admin.post("/campaigns/" + draft.id() + "/launch", Map.of());

        assertThat(location(response)).isEqualTo("/campaigns/" + draft.id() + "/preview");
        Document page = page("/campaigns/" + draft.id() + "/preview");
        assertThat(page.select("#flash.alert-danger").text())
                .isEqualTo("Not launched: Nobody in the audience can be texted: 3 suppressed");
        assertThat(server.campaigns().campaign(draft.id()).status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void theCampaignPageHeaderIsTheSharedOneWithItsStatusAndPlainPostButtons() {
        Campaign campaign = server.campaigns().given("Spring", CampaignStatus.RUNNING);

        Document page = page("/campaigns/" + campaign.id());

        assertThat(page.select(".crm-page-header h1")).hasSize(1);
        assertThat(page.select(".crm-page-header h1").first().ownText()).isEqualTo("Spring");
        assertThat(page.select(".crm-page-header h1 #campaign-status").text()).isEqualTo("Running");
        assertThat(page.select(".crm-page-header .crm-page-actions").attr("id")).isEqualTo("campaign-actions");
        Element pause = page.selectFirst("form:has(#pause-campaign)");
        assertThat(pause.attr("action")).isEqualTo("/campaigns/" + campaign.id() + "/pause");
        assertThat(pause.select("input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(pause.hasAttr("data-confirm")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "DRAFT,     edit-campaign preview-campaign",
        "SCHEDULED, cancel-campaign",
        "RUNNING,   pause-campaign cancel-campaign",
        "PAUSED,    resume-campaign cancel-campaign",
        "COMPLETED, ''",
        "CANCELLED, ''"
    })
    void theCampaignPageOffersTheActionsItsStatusAllows(CampaignStatus status, String buttons) {
        Campaign campaign = server.campaigns().given("C", status);

        Document page = page("/campaigns/" + campaign.id());

        List<String> expected = buttons.isBlank() ? List.of() : List.of(buttons.split(" "));
        assertThat(page.select("#campaign-actions a, #campaign-actions button").eachAttr("id"))
                .containsExactlyElementsOf(expected);
        assertThat(page.select("#campaign-progress")).hasSize(status == CampaignStatus.RUNNING
                || status == CampaignStatus.PAUSED ? 1 : 0);
        assertThat(page.select("#campaign-live").attr("data-status")).isEqualTo(status.word());
        if (status == CampaignStatus.RUNNING) {
            assertThat(page.select("form:has(#cancel-campaign)").attr("data-confirm")).startsWith("Cancel C?");
        }
    }

    @Test
    void theCampaignPageShowsItsCountsRateProgressAndVariants() {
        Campaign campaign = server.campaigns().given("Split", CampaignStatus.RUNNING, new Audience.ListAudience(
                new com.attackacrack.crm.domain.campaign.CampaignListId(1)), "Hi A", "Hi B");
        CampaignStats.Counts total = counts(1210, 10, 600, 400, 200, 0, 30);
        server.campaigns().givenStats(campaign.id(), new CampaignStats(total,
                Map.of(Variant.A, counts(605, 5, 300, 200, 100, 0, 20), Variant.B, counts(605, 5, 300, 200, 100, 0, 10)),
                Map.of(ExclusionReason.of(ExclusionReason.Kind.DO_NOT_CONTACT), 10L)));

        Document page = page("/campaigns/" + campaign.id());

        assertThat(page.select("#count-targeted").text()).isEqualTo("1,210");
        assertThat(page.select("#count-excluded").text()).isEqualTo("10");
        assertThat(page.select("#count-pending").text()).isEqualTo("600");
        assertThat(page.select("#count-sent").text()).isEqualTo("600");
        assertThat(page.select("#count-delivered").text()).isEqualTo("200");
        assertThat(page.select("#count-failed").text()).isEqualTo("0");
        assertThat(page.select("#count-replied").text()).isEqualTo("30");
        assertThat(page.select("#count-opted-out").text()).isEqualTo("1");
        assertThat(page.select("#count-unknown").text()).isEqualTo("1");
        assertThat(page.select("#response-rate").text()).isEqualTo("5.0%");
        assertThat(page.select("#campaign-progress").attr("value")).isEqualTo("50");
        assertThat(page.select("tr.crm-variant").eachAttr("data-variant")).containsExactly("A", "B");
        assertThat(page.select("tr.crm-variant[data-variant=A] .crm-variant-rate").text()).isEqualTo("6.7%");
        assertThat(page.select("#exclusions").text()).contains("do not contact 10");
        assertThat(page.select("#message-b").text()).isEqualTo("Hi B");
        assertThat(page.select("#campaign-live").attr("data-progress-url")).isEqualTo("/campaigns/" + campaign.id() + "/progress");
    }

    @Test
    void aCampaignWithoutBShowsNoSplitAndADraftNoRecipients() {
        Campaign draft = server.campaigns().given("Solo", CampaignStatus.DRAFT);

        Document page = page("/campaigns/" + draft.id());

        assertThat(page.select("#variants")).isEmpty();
        assertThat(page.select("#not-launched")).hasSize(1);
        assertThat(page.select("#no-recipients").text()).contains("once the campaign is launched");
        assertThat(page.select("#export-csv")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RUNNING | pause  | PAUSED    | Campaign paused: no new messages go out until you resume it.",
        "PAUSED  | resume | RUNNING   | Campaign resumed: sending continues where it left off.",
        "PAUSED  | cancel | CANCELLED | Campaign cancelled: nothing more will be sent."
    })
    void pauseResumeAndCancelMoveTheCampaignAndSaySo(CampaignStatus from, String action, CampaignStatus to, String flash) {
        Campaign campaign = server.campaigns().given("C", from);

        HttpResponse<String> response = admin.post("/campaigns/" + campaign.id() + "/" + action, Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/campaigns/" + campaign.id());
        assertThat(server.campaigns().campaign(campaign.id()).status()).isEqualTo(to);
        assertThat(page("/campaigns/" + campaign.id()).select("#flash").text()).isEqualTo(flash);
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsExplained() {
        Campaign draft = server.campaigns().given("C", CampaignStatus.DRAFT);

        HttpResponse<String> response = admin.post("/campaigns/" + draft.id() + "/pause", Map.of());

        assertThat(location(response)).isEqualTo("/campaigns/" + draft.id());
        assertThat(page("/campaigns/" + draft.id()).select("#flash.alert-warning").text())
                .isEqualTo("Campaign " + draft.id() + " is draft: it cannot be paused");
        assertThat(server.campaigns().campaign(draft.id()).status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void theRecipientsTableFiltersByStatusPagesAndShowsReasons() {
        Campaign campaign = server.campaigns().given("C", CampaignStatus.RUNNING);
        server.campaigns().givenStats(campaign.id(), new CampaignStats(counts(5, 1, 0, 0, 0, 3, 0), Map.of(), Map.of()));
        server.campaigns().givenRecipients(List.of(
                recipient(1, "Ann", RecipientStatus.EXCLUDED, ExclusionReason.unresolved("city"), null),
                recipient(2, "Bob", RecipientStatus.FAILED, null, "Carrier rejected"),
                recipient(3, "Cy", RecipientStatus.FAILED, null, "Landline"),
                recipient(4, "Di", RecipientStatus.FAILED, null, "Invalid number"),
                recipient(5, "Ed", RecipientStatus.PENDING, null, null)));

        Document all = page("/campaigns/" + campaign.id());
        assertThat(all.select("tr.crm-recipient")).hasSize(5);
        assertThat(all.select("tr.crm-recipient[data-recipient-id=1] .crm-recipient-detail").text()).isEqualTo("unresolved {city}");
        assertThat(all.select("tr.crm-recipient[data-recipient-id=1] .crm-recipient-name a").attr("href"))
                .isEqualTo("/contacts/1");
        assertThat(all.select("tr.crm-recipient[data-recipient-id=2] .crm-recipient-phone").text()).isEqualTo("(617) 555-0002");
        assertThat(all.select("#export-csv").attr("href")).isEqualTo("/campaigns/" + campaign.id() + "/recipients.csv");

        Document failed = page("/campaigns/" + campaign.id() + "?status=failed&size=2&page=2");
        assertThat(server.campaigns().lastRecipientsQuery().status()).isEqualTo(RecipientStatus.FAILED);
        assertThat(failed.select("tr.crm-recipient .crm-recipient-detail").eachText()).containsExactly("Invalid number");
        assertThat(failed.select("tr.crm-recipient .crm-recipient-status").eachText()).containsExactly("failed");
        assertThat(failed.select("#recipient-count").text()).isEqualTo("3 failed recipients");
        assertThat(failed.select("#filter-status option[selected]").val()).isEqualTo("failed");
        assertThat(failed.select("#page-of").text()).isEqualTo("Page 2 of 2");
        assertThat(failed.select("a.crm-page-first").attr("href")).isEqualTo("/campaigns/" + campaign.id() + "?status=failed&size=2");
        assertThat(admin.get("/campaigns/" + campaign.id() + "?status=lost").statusCode()).isEqualTo(400);
    }

    @Test
    void theCsvExportStreamsTheHeaderAndGuardedCells() {
        Campaign campaign = server.campaigns().given("C", CampaignStatus.COMPLETED);
        server.campaigns().givenExportRows(List.of(
                List.of("=HYPERLINK(\"x\")", "+16175550001", "A", "delivered", "", "2026-03-10T13:00:00Z", "", "", "", "", ""),
                List.of("Smith, Jr.", "-1", "B", "failed", "", "", "", "", "", "", "@carrier says no")));

        HttpResponse<String> response = admin.get("/campaigns/" + campaign.id() + "/recipients.csv", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"campaign-" + campaign.id() + "-recipients-20250102.csv\"");
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("contact,phone,variant,status,exclusion,sent_at,delivered_at,failed_at,replied_at,"
                + "opted_out_at,failure_reason");
        assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+16175550001,A,delivered,,2026-03-10T13:00:00Z,,,,,");
        assertThat(lines[2]).isEqualTo("\"Smith, Jr.\",'-1,B,failed,,,,,,,'@carrier says no");
        assertThat(lines).hasSize(3);
    }

    @Test
    void anUnknownCampaignIsA404EverywhereIncludingTheExport() {
        assertThat(admin.get("/campaigns/99").statusCode()).isEqualTo(404);
        assertThat(admin.get("/campaigns/99/preview").statusCode()).isEqualTo(404);
        assertThat(admin.get("/campaigns/99/recipients.csv", "text/csv").statusCode()).isEqualTo(404);
        assertThat(admin.get("/campaigns/abc").statusCode()).isEqualTo(404);
        assertThat(server.campaigns().calls()).isEmpty();
    }

    @Test
    void theProgressEndpointAnswersTheLiveCountsAsJson() {
        Campaign campaign = server.campaigns().given("C", CampaignStatus.RUNNING);
        server.campaigns().givenStats(campaign.id(), new CampaignStats(counts(110, 10, 75, 20, 5, 0, 5), Map.of(), Map.of()));

        HttpResponse<String> response = admin.get("/campaigns/" + campaign.id() + "/progress", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).isEqualTo("{\"status\":\"running\",\"percent\":25,\"responseRate\":\"20.0%\",\"counts\":"
                + "{\"targeted\":110,\"excluded\":10,\"pending\":75,\"sending\":0,\"sent\":25,\"delivered\":5,\"failed\":0,"
                + "\"replied\":5,\"opted-out\":1,\"unknown\":1}}");
    }

    @Test
    void aMarketerCanUseTheCampaignPages() {
        Browser marketer = server.marketer();
        Campaign campaign = server.campaigns().given("C", CampaignStatus.RUNNING);

        assertThat(page(marketer, "/campaigns").select("#nav-campaigns").attr("href")).isEqualTo("/campaigns");
        page(marketer, "/campaigns/new");
        page(marketer, "/campaigns/" + campaign.id());
        assertThat(marketer.post("/campaigns/" + campaign.id() + "/pause", Map.of()).statusCode()).isEqualTo(303);
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() {
        HttpResponse<String> response = server.anonymous().get("/campaigns");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).startsWith("/login");
    }

    @Test
    void everyPostNeedsTheCsrfToken() {
        Campaign campaign = server.campaigns().given("C", CampaignStatus.RUNNING);
        for (String path : List.of("/campaigns", "/campaigns/" + campaign.id(), "/campaigns/" + campaign.id() + "/launch",
                "/campaigns/" + campaign.id() + "/pause", "/campaigns/" + campaign.id() + "/resume",
                "/campaigns/" + campaign.id() + "/cancel")) {
            HttpResponse<String> response = admin.send(admin.formRequest(path, form()).header("Origin", server.origin()));

            assertThat(response.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(server.campaigns().calls()).isEmpty();
        assertThat(server.campaigns().campaign(campaign.id()).status()).isEqualTo(CampaignStatus.RUNNING);
    }
}
