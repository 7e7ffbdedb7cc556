package com.attackacrack.crm.adapters.in.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeImports;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.importing.ConflictChoice;
import com.attackacrack.crm.application.port.in.importing.ResolveConflictCommand;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConflictsControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final ImportId FIRST = new ImportId(1);
    private static final ImportId SECOND = new ImportId(2);

    private Browser admin;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.imports().reset();
        imports().add("leads.csv", ImportStatus.COMPLETED, 10, 10L, null, ImportCounts.none(), false);
        imports().add("more.csv", ImportStatus.COMPLETED, 10, 10L, null, ImportCounts.none(), false);
        admin = server.admin();
    }

    private FakeImports imports() {
        return server.imports();
    }

    private Document page(String path) {
        HttpResponse<String> response = admin.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private ImportConflict email(ImportId importId) {
        return imports().addConflict(importId, "Ann Lee", ConflictField.EMAIL, "ann@example.com", "ann@example.com",
                "ann.lee@example.com");
    }

    private ImportConflict phone(ImportId importId) {
        return imports().addConflict(importId, "Bob Stone", ConflictField.PHONE, "+16175550100", "+16175550100",
                "+16175550199");
    }

    private ImportConflict settle(ImportConflict conflict, ConflictStatus status, String value) {
        ImportConflict resolved = new ImportConflict(conflict.id(), conflict.importId(), conflict.fileName(), conflict.line(),
                conflict.contactId(), conflict.contactName(), conflict.field(), conflict.currentValue(), value,
                conflict.incomingValue(), status, value, "ada@example.com", conflict.createdAt(), conflict.createdAt());
        imports().putConflict(resolved);
        return resolved;
    }

    @Test
    void theQueueShowsTheOpenConflictsByDefault() {
        ImportConflict ann = email(FIRST);
        ImportConflict bob = phone(SECOND);
        settle(phone(FIRST), ConflictStatus.KEPT_CURRENT, "+16175550100");

        Document page = page("/settings/imports/conflicts");

        assertThat(imports().lastFilter()).isEqualTo(ConflictFilter.open());
        assertThat(page.select("#settings-nav a.active").attr("href")).isEqualTo("/settings/imports/conflicts");
        assertThat(page.select("#match-count").text()).isEqualTo("2 conflicts");
        assertThat(page.select("tr.crm-conflict").eachAttr("data-conflict-id"))
                .containsExactly(Long.toString(bob.id()), Long.toString(ann.id()));
        Element row = page.selectFirst("tr.crm-conflict[data-conflict-id=" + ann.id() + "]");
        assertThat(row.select("td").get(0).select("a").attr("href")).isEqualTo("/contacts/" + ann.contactId().value());
        assertThat(row.select("td").get(0).text()).isEqualTo("Ann Lee");
        assertThat(row.select("td").get(1).text()).isEqualTo("Email");
        assertThat(row.select(".crm-conflict-current").text()).isEqualTo("ann@example.com");
        assertThat(row.select(".crm-conflict-incoming").text()).isEqualTo("ann.lee@example.com");
        assertThat(row.select("td").get(4).text()).isEqualTo("file-1.csv, line " + ann.line());
        assertThat(row.select("td").get(4).select("a").attr("href")).isEqualTo("/settings/imports/1");
        assertThat(row.select("td").get(5).text()).isEqualTo("Open");
        assertThat(row.select("td a.btn").text()).isEqualTo("Resolve");
        assertThat(row.select("td a.btn").attr("href")).isEqualTo("/settings/imports/conflicts/" + ann.id());
        assertThat(page.select("#filter-status option[selected]").val()).isEqualTo("open");
        assertThat(page.select("#filter-field option[selected]").val()).isEqualTo("any");
        assertThat(page.select("#filter-status option").eachAttr("value"))
                .containsExactly("open", "kept_current", "took_incoming", "edited", "all");
        assertThat(page.select("#filter-field option").eachAttr("value"))
                .containsExactly("any", "first_name", "last_name", "email", "phone");
    }

    @Test
    void theFiltersNarrowTheQueueAndAreKeptInTheForm() {
        email(FIRST);
        ImportConflict bob = phone(FIRST);
        phone(SECOND);
        ImportConflict kept = settle(phone(FIRST), ConflictStatus.KEPT_CURRENT, "+16175550100");

        Document byImport = page("/settings/imports/conflicts?import=1&field=phone");
        assertThat(imports().lastFilter()).isEqualTo(new ConflictFilter(FIRST, ConflictStatus.OPEN, ConflictField.PHONE));
        assertThat(byImport.select("tr.crm-conflict").eachAttr("data-conflict-id")).containsExactly(Long.toString(bob.id()));
        assertThat(byImport.select("#filter-import").val()).isEqualTo("1");
        assertThat(byImport.select("#filter-field option[selected]").val()).isEqualTo("phone");

        Document keptOnes = page("/settings/imports/conflicts?status=kept_current");
        assertThat(imports().lastFilter()).isEqualTo(new ConflictFilter(null, ConflictStatus.KEPT_CURRENT, null));
        assertThat(keptOnes.select("tr.crm-conflict").eachAttr("data-conflict-id")).containsExactly(Long.toString(kept.id()));
        assertThat(keptOnes.select("#filter-status option[selected]").val()).isEqualTo("kept_current");
        Element row = keptOnes.selectFirst("tr.crm-conflict");
        assertThat(row.select("td").get(5).text()).startsWith("Kept current ada@example.com");
        assertThat(row.select("td a.btn").text()).isEqualTo("View");

        Document all = page("/settings/imports/conflicts?status=all");
        assertThat(imports().lastFilter()).isEqualTo(new ConflictFilter(null, null, null));
        assertThat(all.select("tr.crm-conflict")).hasSize(4);
        assertThat(all.select("#filter-status option[selected]").val()).isEqualTo("all");
    }

    @Test
    void unknownFilterValuesAre400() {
        for (String query : List.of("status=closed", "field=address", "import=0", "import=abc", "sort=field")) {
            HttpResponse<String> response = admin.get("/settings/imports/conflicts?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
        }
        assertThat(admin.get("/settings/imports/conflicts?status=closed").body())
                .contains("use open, kept_current, took_incoming, edited, all or any");
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void theEmptyStatesSayWhetherFiltersHideConflicts() {
        Document none = page("/settings/imports/conflicts");
        assertThat(none.select("#conflicts")).isEmpty();
        assertThat(none.select("#match-count").text()).isEqualTo("0 conflicts");
        assertThat(none.select(".crm-page-header h2").text()).isEqualTo("Conflicts");
        assertThat(none.select("#empty-state.crm-empty-state.alert-secondary")).hasSize(1);
        assertThat(none.select("#empty-state").text()).startsWith("No open conflicts");

        Document defaults = page("/settings/imports/conflicts?status=open&field=any");
        assertThat(defaults.select("#empty-state").text()).startsWith("No open conflicts");

        email(FIRST);
        Document importDone = page("/settings/imports/conflicts?import=2");
        assertThat(importDone.select("#empty-state").text()).startsWith("No open conflicts left in import 2");
        assertThat(importDone.select("#empty-state a").eachAttr("href"))
                .containsExactly("/settings/imports/2", "/settings/imports/conflicts");
        Document filtered = page("/settings/imports/conflicts?import=2&field=phone");
        assertThat(filtered.select("#empty-state").text()).startsWith("No conflicts match these filters");
        assertThat(filtered.select("#empty-state a").attr("href")).isEqualTo("/settings/imports/conflicts");
    }

    @Test
    void theQueuePagesAHundredAtATimeKeepingTheFilters() {
        for (int i = 0; i < 101; i++) {
            email(FIRST);
        }

        Document first = page("/settings/imports/conflicts?import=1");
        Document second = page("/settings/imports/conflicts?import=1&page=2");

        assertThat(first.select("#match-count").text()).isEqualTo("101 conflicts");
        assertThat(first.select("tr.crm-conflict")).hasSize(100);
        assertThat(first.select("a.crm-page-next").attr("href")).isEqualTo("/settings/imports/conflicts?import=1&page=2");
        assertThat(second.select("tr.crm-conflict").eachAttr("data-conflict-id")).containsExactly("1");
        assertThat(second.select("#page-of").text()).isEqualTo("Page 2 of 2");
    }

    @Test
    void theDetailShowsTheValuesSideBySideWithTheResolveForm() {
        ImportConflict ann = email(FIRST);

        Document page = page("/settings/imports/conflicts/" + ann.id());

        assertThat(page.select("#settings-nav a.active").attr("href")).isEqualTo("/settings/imports/conflicts");
        assertThat(page.select("h2").text()).isEqualTo("Email of Ann Lee");
        assertThat(page.select("h2 a").attr("href")).isEqualTo("/contacts/" + ann.contactId().value());
        assertThat(page.select(".crm-page-header h2#conflict-heading.h4").text()).as("the heading is ui.pageHeader")
                .isEqualTo("Email of Ann Lee");
        assertThat(page.select("#current-value").text()).isEqualTo("ann@example.com");
        assertThat(page.select("#incoming-value").text()).isEqualTo("ann.lee@example.com");
        assertThat(page.select("#changed-since")).isEmpty();
        Element form = page.selectFirst("#resolve-form");
        assertThat(form.attr("action")).isEqualTo("/settings/imports/conflicts/" + ann.id());
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(form.select("input[name=choice]").eachAttr("value")).containsExactly("keep", "take", "edit");
        assertThat(form.select("input[name=choice][checked]").eachAttr("value")).containsExactly("keep");
        assertThat(form.select("#value").val()).isEmpty();
        assertThat(page.select("#resolved")).isEmpty();
        assertThat(page.select("#page-error")).isEmpty();
    }

    @Test
    void theDetailSaysWhenTheContactChangedSinceTheImport() {
        ImportConflict ann = imports().addConflict(FIRST, "", ConflictField.FIRST_NAME, "Ann", "Annie", "Anne");

        Document page = page("/settings/imports/conflicts/" + ann.id());

        assertThat(page.select("h2").text()).isEqualTo("First name of Contact " + ann.contactId().value());
        assertThat(page.select("#current-value").text()).isEqualTo("Annie");
        assertThat(page.select("#changed-since").text()).isEqualTo("It was “Ann” when the file was imported.");
        assertThat(page.select("#incoming-value").text()).isEqualTo("Anne");
    }

    @Test
    void resolvingKeepsTakesOrEditsAndGoesBackToTheImportsConflicts() {
        ImportConflict keep = email(FIRST);
        ImportConflict take = phone(SECOND);
        ImportConflict edit = imports().addConflict(FIRST, "Cy Young", ConflictField.LAST_NAME, "Young", "Young", "Yung");
        String who = server.accounts().admin().email().value();

        HttpResponse<String> kept = admin.post("/settings/imports/conflicts/" + keep.id(), Map.of("choice", "keep"));
        assertThat(kept.statusCode()).isEqualTo(303);
        assertThat(kept.headers().firstValue("Location")).hasValue("/settings/imports/conflicts?import=1");
        assertThat(page("/settings/imports/conflicts?import=1").select("#flash").text())
                .isEqualTo("Email of Ann Lee: kept the current value.");

        HttpResponse<String> taken = admin.post("/settings/imports/conflicts/" + take.id(), Map.of("choice", "take"));
        assertThat(taken.statusCode()).isEqualTo(303);
        assertThat(taken.headers().firstValue("Location")).hasValue("/settings/imports/conflicts?import=2");
        assertThat(page("/settings/imports/conflicts?import=2").select("#flash").text()).isEqualTo("Phone of Bob Stone: saved.");

        HttpResponse<String> edited = admin.post("/settings/imports/conflicts/" + edit.id(),
                Map.of("choice", "edit", "value", "Young-Yung"));
        assertThat(edited.statusCode()).isEqualTo(303);
        assertThat(page("/settings/imports/conflicts?import=1").select("#flash").text()).isEqualTo("Last name of Cy Young: saved.");

        assertThat(imports().resolutions()).containsExactly(
                new ResolveConflictCommand(keep.id(), ConflictChoice.KEEP, "", who),
                new ResolveConflictCommand(take.id(), ConflictChoice.TAKE, "", who),
                new ResolveConflictCommand(edit.id(), ConflictChoice.EDIT, "Young-Yung", who));
    }

    @Test
    void aRefusedResolutionShowsTheErrorAndKeepsTheTypedValue() {
        ImportConflict ann = email(FIRST);
        imports().failNextWith(BusinessRuleException.invalid("Email must be a valid email address"));

        HttpResponse<String> response = admin.post("/settings/imports/conflicts/" + ann.id(),
                Map.of("choice", "edit", "value", "not-an-email"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#page-error").text()).isEqualTo("Email must be a valid email address");
        assertThat(page.select("#value").val()).isEqualTo("not-an-email");
        assertThat(page.select("input[name=choice][checked]")).hasSize(1);
        assertThat(page.select("input[name=choice][checked]").val()).isEqualTo("edit");
        assertThat(page.select("#resolve-form")).hasSize(1);
        assertThat(imports().get((long) ann.id()).orElseThrow().open()).isTrue();
    }

    @Test
    void aRefusedTakeKeepsTakeChosen() {
        ImportConflict bob = phone(FIRST);
        imports().failNextWith(BusinessRuleException.conflict("Another contact already has the phone (617) 555-0199"));

        HttpResponse<String> response = admin.post("/settings/imports/conflicts/" + bob.id(), Map.of("choice", "take"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#page-error").text()).isEqualTo("Another contact already has the phone (617) 555-0199");
        assertThat(page.select("input[name=choice][checked]").eachAttr("value")).containsExactly("take");
        assertThat(page.select("#value").val()).isEmpty();
    }

    @Test
    void anUnknownChoiceIsRefusedOnThePage() {
        ImportConflict ann = email(FIRST);

        HttpResponse<String> response = admin.post("/settings/imports/conflicts/" + ann.id(), Map.of("choice", "merge"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#page-error").text()).isEqualTo("Choose keep, take or edit, not 'merge'");
        assertThat(imports().resolutions()).isEmpty();
    }

    @Test
    void aResolvedConflictShowsItsAuditLineAndNoForm() {
        ImportConflict ann = settle(email(FIRST), ConflictStatus.EDITED, "ann@work.example.com");

        Document page = page("/settings/imports/conflicts/" + ann.id());

        assertThat(page.select("#resolve-form")).isEmpty();
        assertThat(page.select("#resolved").text())
                .isEqualTo("Edited: “ann@work.example.com”, by ada@example.com on 2 Jan 2025, 03:04 UTC.");
    }

    @Test
    void resolvingAConflictThatIsNoLongerOpenShowsTheRefusalWithoutAForm() {
        ImportConflict ann = settle(email(FIRST), ConflictStatus.KEPT_CURRENT, "ann@example.com");

        HttpResponse<String> response = admin.post("/settings/imports/conflicts/" + ann.id(), Map.of("choice", "take"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#page-error").text()).isEqualTo("This conflict is already resolved.");
        assertThat(page.select("#resolve-form")).isEmpty();
        assertThat(page.select("#resolved").text()).startsWith("Kept current");
    }

    @Test
    void anUnknownConflictIs404() {
        assertThat(admin.get("/settings/imports/conflicts/99").statusCode()).isEqualTo(404);
        assertThat(admin.post("/settings/imports/conflicts/99", Map.of("choice", "keep")).statusCode()).isEqualTo(404);
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void aMarketerIsForbiddenEveryRoute() {
        ImportConflict ann = email(FIRST);
        Browser marketer = server.marketer();

        for (String path : List.of("/settings/imports/conflicts", "/settings/imports/conflicts/" + ann.id())) {
            HttpResponse<String> response = marketer.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).contains(Access.NO_PERMISSION);
        }
        assertThat(marketer.post("/settings/imports/conflicts/" + ann.id(), Map.of("choice", "take")).statusCode())
                .isEqualTo(403);
        assertThat(imports().calls()).isEmpty();
        assertThat(imports().get((long) ann.id()).orElseThrow().open()).isTrue();
    }
}
