package com.attackacrack.crm.adapters.in.web.audience;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.WebSettings;
import com.attackacrack.crm.adapters.in.web.auth.ViewerView;
import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAudiences;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.importing.ImportId;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListsControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private Browser admin;
    private FakeAudiences audiences;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.contacts().reset();
        server.audiences().reset();
        audiences = server.audiences();
        admin = server.admin();
    }

    private Document page(String path) {
        HttpResponse<String> response = admin.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** Posts a form whose fields may repeat (checkboxes), as the app's own page would. */
    private HttpResponse<String> postRepeated(String path, List<Map.Entry<String, String>> fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(admin.csrfToken());
        for (Map.Entry<String, String> field : fields) {
            body.append('&').append(Browser.encode(Map.of(field.getKey(), field.getValue())));
        }
        return admin.send(admin.request(path).header("Accept", Browser.HTML)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.origin())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    @Test
    void withoutListsThePageSaysHowToStart() {
        Document page = page("/lists");

        assertThat(page.select("#empty-state").text()).contains("No lists yet: create one below");
        assertThat(page.select("#new-list input[name=_csrf]")).hasSize(1);
        assertThat(page.select("#nav-lists").hasClass("active")).isTrue();
        assertThat(page.select("#nav-filters").attr("href")).isEqualTo("/filters");
    }

    @Test
    void listsShowTheirMemberCounts() {
        CampaignList hot = audiences.givenList("Hot leads");
        audiences.givenMembers(hot.id(), audiences.givenContact("Ann", null), audiences.givenContact("Bob", null));
        audiences.givenList("Empty");

        Document page = page("/lists");

        assertThat(page.select("tr.crm-list .crm-list-name").eachText()).containsExactly("Empty", "Hot leads");
        assertThat(page.select("tr.crm-list .crm-list-members").eachText()).containsExactly("0 contacts", "2 contacts");
    }

    @Test
    void creatingAListRedirectsToItWithAFlash() {
        HttpResponse<String> response = admin.post("/lists", Map.of("name", " Hot leads ", "description", "From the fair"));

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        Document page = page(location);
        assertThat(page.select("#list-name").text()).isEqualTo("Hot leads");
        assertThat(page.select(".alert-success").text()).contains("Created the list Hot leads");
        assertThat(page.select("#empty-state").text()).contains("add contacts from the contact list");
    }

    @Test
    void aTakenOrTooLongNameIsShownNextToTheField() {
        audiences.givenList("Hot leads");

        HttpResponse<String> taken = admin.post("/lists", Map.of("name", "HOT LEADS", "description", ""));
        HttpResponse<String> tooLong = admin.post("/lists", Map.of("name", "x".repeat(101), "description", ""));

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(taken.body()).select("#name-errors").text()).contains("A list named 'Hot leads' already exists");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.body()).select("#name-errors").text())
                .isEqualTo("List name must be at most 100 characters, was 101");
    }

    @Test
    void theMembersPageShowsTheTotalAndPages() {
        CampaignList list = audiences.givenList("Hot leads");
        audiences.givenMembers(list.id(), audiences.givenContact("Ann", null), audiences.givenContact("Bob", null),
                audiences.givenContact("Cat", null));

        Document page = page("/lists/" + list.id() + "?size=2");

        assertThat(page.select("#member-count").text()).isEqualTo("3 contacts on this list");
        assertThat(page.select("tr.crm-member")).hasSize(2);
        assertThat(page.select("#page-of").text()).isEqualTo("Page 1 of 2");
    }

    @Test
    void removingSelectedMembersNamesTheCount() {
        CampaignList list = audiences.givenList("Hot leads");
        Contact ann = audiences.givenContact("Ann", null);
        Contact bob = audiences.givenContact("Bob", null);
        audiences.givenMembers(list.id(), ann, bob);

        HttpResponse<String> response = postRepeated("/lists/" + list.id() + "/remove",
                List.of(Map.entry("contact", ann.id().toString())));

        assertThat(response.statusCode()).isEqualTo(303);
        Document page = page("/lists/" + list.id());
        assertThat(page.select(".alert-success").text()).contains("Removed 1 contact from Hot leads.");
        assertThat(page.select("#member-count").text()).isEqualTo("1 contact on this list");
    }

    @Test
    void renamingKeepsTheListAndDeletingAsksFirst() {
        CampaignList list = audiences.givenList("Hot leads");

        admin.post("/lists/" + list.id() + "/rename", Map.of("name", "Warm leads", "description", "Cooling"));
        Document confirm = page("/lists/" + list.id() + "/delete");
        HttpResponse<String> deleted = admin.post("/lists/" + list.id() + "/delete", Map.of());

        assertThat(audiences.calls()).contains("renameList " + list.id() + " Warm leads");
        assertThat(confirm.select("#confirm h1").text()).isEqualTo("Delete the list Warm leads?");
        assertThat(confirm.select("#confirm").text()).contains("The contacts themselves stay in the CRM.");
        assertThat(deleted.headers().firstValue("Location")).hasValue("/lists");
        assertThat(page("/lists").select(".alert-success").text()).contains("Deleted the list Warm leads.");
        assertThat(audiences.list(list.id())).isEmpty();
    }

    @Test
    void addingSelectedContactsFromTheContactListGoesBackToItWithTheCountAndList() {
        CampaignList list = audiences.givenList("Hot leads");
        Contact ann = audiences.givenContact("Ann", null);
        Contact bob = audiences.givenContact("Bob", null);
        audiences.givenMembers(list.id(), ann);

        HttpResponse<String> response = postRepeated("/lists/add-contacts", List.of(Map.entry("list", list.id().toString()),
                Map.entry("scope", "selected"), Map.entry("q", "an"), Map.entry("contact", ann.id().toString()),
                Map.entry("contact", bob.id().toString())));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/contacts?q=an");
        assertThat(page("/contacts?q=an").select(".alert-success").text())
                .contains("Added 1 contact to Hot leads (2 contacts now).");
    }

    @Test
    void addingAllMatchingUsesTheContactListsFilter() {
        CampaignList list = audiences.givenList("Fair");
        audiences.givenContact("Ann", "Fair");
        audiences.givenContact("Bob", "fair");
        audiences.givenContact("Cat", "Web");

        HttpResponse<String> response = admin.post("/lists/add-contacts", Map.of("list", list.id().toString(),
                "scope", "matching", "leadSource", "FAIR"));

        assertThat(response.headers().firstValue("Location")).hasValue("/contacts?leadSource=FAIR");
        assertThat(page("/contacts").select(".alert-success").text()).contains("Added 2 contacts to Fair (2 contacts now).");
    }

    @Test
    void addingWithoutAListOrSelectionSaysWhatToDo() {
        CampaignList list = audiences.givenList("Fair");

        admin.post("/lists/add-contacts", Map.of("list", "", "scope", "matching"));
        String noList = page("/contacts").select(".alert").text();
        admin.post("/lists/add-contacts", Map.of("list", list.id().toString(), "scope", "selected"));
        String noSelection = page("/contacts").select(".alert").text();

        assertThat(noList).contains("Choose a list to add the contacts to.");
        assertThat(noSelection).contains("Select contacts with the boxes first");
        assertThat(audiences.calls()).isEmpty();
    }

    @Test
    void anImportsContactsAreAddedToTheChosenList() {
        CampaignList list = audiences.givenList("Imported");
        Contact ann = audiences.givenContact("Ann", null);
        ImportId run = audiences.givenImport(List.of(ann.id()));

        Document choose = page("/lists/add-import/" + run);
        HttpResponse<String> response = admin.post("/lists/add-import/" + run, Map.of("list", list.id().toString()));

        assertThat(choose.select("#add-import option").eachText()).contains("Imported (0 contacts)");
        assertThat(response.headers().firstValue("Location")).hasValue("/lists/" + list.id());
        assertThat(page("/lists/" + list.id()).select(".alert-success").text())
                .contains("Added 1 contact to Imported (1 contact now).");
    }

    @Test
    void withoutAChosenListTheImportFormSaysSoAndKeepsTheChoice() {
        audiences.givenList("Imported");
        ImportId run = audiences.givenImport(List.of());

        HttpResponse<String> response = admin.post("/lists/add-import/" + run, Map.of("list", ""));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page.select("#page-error").text()).isEqualTo("Choose a list to add the import's contacts to.");
        assertThat(page.select("#list option[selected]").eachText()).containsExactly("Choose a list…");
    }

    @Test
    void aListDeletedMeanwhileIsAFormErrorOnTheSamePage() {
        CampaignList gone = audiences.givenList("Gone");
        audiences.givenList("Still here");
        ImportId run = audiences.givenImport(List.of());
        audiences.delete(gone.id());

        HttpResponse<String> response = admin.post("/lists/add-import/" + run, Map.of("list", gone.id().toString()));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(page.select("#page-error").text()).isEqualTo("That list no longer exists: choose another.");
        assertThat(page.select("#add-import").attr("action")).isEqualTo("/lists/add-import/" + run);
        assertThat(page.select("#list option").eachText()).containsExactly("Choose a list…", "Still here (0 contacts)");
        assertThat(page.select("#list option[selected]").eachText()).containsExactly("Choose a list…");
    }

    @Test
    void anUnknownImportIsStillNotFound() {
        CampaignList list = audiences.givenList("Imported");

        assertThat(admin.post("/lists/add-import/999", Map.of("list", list.id().toString())).statusCode()).isEqualTo(404);
    }

    @Test
    void theAddImportFormReselectsTheSubmittedList() {
        TemplateRenderer renderer = TemplateRenderer.create(WebSettings.of(0, false, "9.9.9", "staging"));
        ViewerView viewer = new ViewerView("Ada Admin", "ada@example.com", true, true, true, true, true, "token-1");
        List<CampaignListView> lists = List.of(new CampaignListView(7, "Fair", "", 0, "0 contacts", "1 May 2025"),
                new CampaignListView(9, "Hot leads", "", 2, "2 contacts", "2 May 2025"));

        Document page = Jsoup.parse(renderer.render("lists/add-import", Map.of("viewer", viewer, "importId", 3L,
                "lists", lists, "selected", "9", "error", "Something went wrong.")));

        assertThat(page.select("#list option[selected]").eachAttr("value")).containsExactly("9");
        assertThat(page.select("#page-error").text()).isEqualTo("Something went wrong.");
    }

    @Test
    void anUnknownListIsNotFound() {
        assertThat(admin.get("/lists/99").statusCode()).isEqualTo(404);
    }
}
