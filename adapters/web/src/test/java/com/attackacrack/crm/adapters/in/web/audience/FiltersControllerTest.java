package com.attackacrack.crm.adapters.in.web.audience;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAudiences;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.campaign.SavedFilterCommand;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FiltersControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private Browser marketer;
    private FakeAudiences audiences;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.audiences().reset();
        audiences = server.audiences();
        marketer = server.marketer();
    }

    private Document page(String path) {
        HttpResponse<String> response = marketer.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : AudienceForm.CRITERIA) {
            form.put(name, "");
        }
        form.put("name", "");
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void withoutFiltersThePageSaysHowToStart() {
        Document page = page("/filters");

        assertThat(page.select("#empty-state").text()).contains("No saved filters yet: create one");
        assertThat(page.select("#nav-filters").hasClass("active")).isTrue();
    }

    @Test
    void theFormHasEveryCriterionTheListsAndTheLiveCountScript() {
        audiences.givenList("Hot leads");
        audiences.counter().answer(1234);

        Document page = page("/filters/new");

        for (String name : AudienceForm.CRITERIA) {
            assertThat(page.select("#audience-filter [name=" + name + "]")).as(name).hasSize(1);
        }
        assertThat(page.select("#inList option").eachText()).containsExactly("Any", "Hot leads (0 contacts)");
        assertThat(page.select("#audience-count").text()).isEqualTo("1,234 contacts match");
        assertThat(page.select("script[src=/static/js/audience-count.js]")).hasSize(1);
        assertThat(page.select("#audience-filter").attr("data-count-url")).isEqualTo("/filters/count");
    }

    @Test
    void theCountAnswersJsonForTheCriteria() {
        audiences.counter().answer(7);

        HttpResponse<String> response = marketer.get("/filters/count?city=Boston&equityMin=20&hasEmail=yes&neverReplied=on",
                "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"count\":7}");
        assertThat(audiences.counter().asked()).containsExactly(new AudienceFilter(null, null, true, null, "Boston", null,
                20, null, null, null, null, null, true));
    }

    @Test
    void theCountNamesAWrongField() {
        HttpResponse<String> response = marketer.get("/filters/count?zip=21", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"ZIP must be 5 digits.\"}");
    }

    @Test
    void savingAFilterRedirectsWithAFlashAndListsItInWords() {
        CampaignList hot = audiences.givenList("Hot leads");

        HttpResponse<String> response = marketer.post("/filters/new", form("name", "Boston owners", "city", "Boston",
                "ownerOccupied", "yes", "inList", hot.id().toString(), "notTextedInDays", "30"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/filters");
        Document page = page("/filters");
        assertThat(page.select(".alert-success").text()).contains("Saved the filter Boston owners.");
        assertThat(page.select(".crm-filter-criteria").text())
                .isEqualTo("City Boston · Owner occupied · In list Hot leads · Not texted in 30 days");
    }

    @Test
    void wrongFieldsAreShownNextToThemAndKeepWhatWasTyped() {
        HttpResponse<String> response = marketer.post("/filters/new", form("name", "Bad", "equityMin", "150",
                "notTextedInDays", "0", "zip", "abc"));

        Document page = Jsoup.parse(response.body());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page.select("#equityMin-errors").text()).isEqualTo("Equity from must be a whole percent from 0 to 100.");
        assertThat(page.select("#notTextedInDays-errors").text()).isEqualTo("'Not texted in' must be 1 to 3,650 days.");
        assertThat(page.select("#zip-errors").text()).isEqualTo("ZIP must be 5 digits.");
        assertThat(page.select("#name").val()).isEqualTo("Bad");
        assertThat(audiences.calls()).isEmpty();
    }

    @Test
    void aRuleAcrossFieldsIsShownAboveTheFormAndATakenNameNextToIt() {
        audiences.filters().create(new SavedFilterCommand("Boston",
                AudienceFilter.everyone()));

        HttpResponse<String> range = marketer.post("/filters/new", form("name", "Range", "equityMin", "80", "equityMax", "20"));
        HttpResponse<String> taken = marketer.post("/filters/new", form("name", "boston"));

        assertThat(range.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(range.body()).select("#page-error").text()).isEqualTo("Equity from 80% is above equity to 20%");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(taken.body()).select("#name-errors").text()).contains("'Boston' already exists");
    }

    @Test
    void editingShowsTheSavedCriteriaAndSavesChanges() {
        SavedFilter saved = audiences.givenFilter("Fair", new AudienceFilter("Fair", false, null, null, null, null, null,
                null, null, null, new CampaignListId(9), null, false));

        Document edit = page("/filters/" + saved.id());
        marketer.post("/filters/" + saved.id(), form("name", "Fair prospects", "leadSource", "Fair", "customer", "prospect"));

        assertThat(edit.select("#leadSource").val()).isEqualTo("Fair");
        assertThat(edit.select("#customer option[selected]").val()).isEqualTo("prospect");
        assertThat(audiences.filter(saved.id()).orElseThrow().name()).isEqualTo("Fair prospects");
        assertThat(audiences.filter(saved.id()).orElseThrow().criteria().notInList()).isNull();
    }

    @Test
    void deletingAsksFirst() {
        SavedFilter saved = audiences.givenFilter("Fair", AudienceFilter.everyone());

        Document confirm = page("/filters/" + saved.id() + "/delete");
        HttpResponse<String> deleted = marketer.post("/filters/" + saved.id() + "/delete", Map.of());

        assertThat(confirm.select("#confirm h1").text()).isEqualTo("Delete the filter Fair?");
        assertThat(deleted.headers().firstValue("Location")).hasValue("/filters");
        assertThat(page("/filters").select(".alert-success").text()).contains("Deleted the filter Fair.");
        assertThat(audiences.filter(saved.id())).isEmpty();
    }
}
