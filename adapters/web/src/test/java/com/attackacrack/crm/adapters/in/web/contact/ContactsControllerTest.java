package com.attackacrack.crm.adapters.in.web.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.contact.ContactListQuery;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.LinkedProperty;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactsControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private Browser admin;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.contacts().reset();
        server.properties().reset();
        server.conversations().reset();
        server.audiences().reset();
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : new String[] {"firstName", "lastName", "phone", "email", "leadSource", "customerSince", "notes"}) {
            form.put(name, "");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void theListShowsEachContactWithItsFactsAndTheTotal() {
        Contact ann = server.contacts().add("Ann", "Lee", "+16175550123", "ann@example.com", 1);
        server.contacts().add("Bob", "Stone", null, null, 2);

        Document page = page("/contacts");

        assertThat(page.select("h1").text()).isEqualTo("Contacts");
        assertThat(page.select("#nav-contacts.active").attr("href")).isEqualTo("/contacts");
        assertThat(page.select("#match-count").text()).isEqualTo("2 contacts match");
        assertThat(page.select("tr.crm-contact")).hasSize(2);
        var row = page.selectFirst("tr.crm-contact[data-contact-id=" + ann.id() + "]");
        assertThat(row.select(".crm-contact-name a").attr("href")).isEqualTo("/contacts/" + ann.id());
        assertThat(row.select(".crm-contact-name").text()).isEqualTo("Ann Lee");
        assertThat(row.select(".crm-contact-phone").text()).isEqualTo("(617) 555-0123");
        assertThat(row.select(".crm-contact-email").text()).isEqualTo("ann@example.com");
        assertThat(row.select(".crm-contact-lead-source").text()).isEqualTo("PropertyRadar");
        assertThat(row.select(".crm-contact-type").text()).isEqualTo("Prospect");
        assertThat(row.select(".crm-contact-properties").text()).isEqualTo("0");
        assertThat(row.select(".crm-contact-created").text()).isEqualTo("1 Jan 2025");
        assertThat(page.select("#new-contact").attr("href")).isEqualTo("/contacts/new");
        assertThat(page.select("#page-of").text()).isEqualTo("Page 1 of 1");
        assertThat(page.select("#pager a")).isEmpty();
    }

    @Test
    void theTotalIsTheFilteredTotalAndPageLinksKeepTheFilters() {
        for (int i = 0; i < 5; i++) {
            server.contacts().add("Sam" + i, "Smith", null, "sam" + i + "@example.com", i);
        }
        server.contacts().add("Other", "Person", null, null, 9);

        Document page = page("/contacts?q=smith&hasEmail=yes&size=2&page=2");

        assertThat(page.select("#match-count").text()).isEqualTo("5 contacts match");
        assertThat(page.select("tr.crm-contact")).hasSize(2);
        assertThat(page.select("#page-of").text()).isEqualTo("Page 2 of 3");
        assertThat(page.select("a.crm-page-first").attr("href")).isEqualTo("/contacts?q=smith&hasEmail=yes&size=2");
        assertThat(page.select("a.crm-page-previous").attr("href")).isEqualTo("/contacts?q=smith&hasEmail=yes&size=2");
        assertThat(page.select("a.crm-page-next").attr("href")).isEqualTo("/contacts?q=smith&hasEmail=yes&size=2&page=3");
        assertThat(page.select("a.crm-page-last").attr("href")).isEqualTo("/contacts?q=smith&hasEmail=yes&size=2&page=3");
        assertThat(page.select("#filter-q").val()).isEqualTo("smith");
        assertThat(page.select("#filter-hasEmail option[selected]").val()).isEqualTo("yes");
        assertThat(page.select("#contact-filters input[name=size]").val()).isEqualTo("2");
        assertThat(page.select("#export-csv").attr("href")).isEqualTo("/contacts/export.csv?q=smith&hasEmail=yes");
    }

    @Test
    void onAPhoneTheFiltersFoldBehindAButtonCountingTheActiveOnes() {
        Document none = page("/contacts");
        Document some = page("/contacts?q=smith&hasEmail=yes&optedOut=any&sort=name&size=2");

        assertThat(none.select("#filters-toggle").text()).isEqualTo("Filters");
        assertThat(some.select("#filters-toggle").text()).as("sort, size and Any are no filters").isEqualTo("Filters (2 active)");
        assertThat(some.select("#filters-toggle").attr("data-bs-toggle")).isEqualTo("collapse");
        assertThat(some.select("#filters-toggle").attr("aria-controls")).isEqualTo("contact-filters-panel");
        assertThat(some.select("#filters-toggle").attr("aria-expanded")).isEqualTo("false");
        assertThat(some.select("#filters-toggle").hasClass("d-md-none")).isTrue();
        assertThat(some.select("#contact-filters-panel.collapse.d-md-block > form#contact-filters")).hasSize(1);
    }

    @Test
    void sortHeadersToggleAndKeepTheFilters() {
        server.contacts().add("Ann", "Lee", null, null, 1);

        Document byName = page("/contacts?q=lee&sort=name&page=1");
        assertThat(byName.select("#sort-name").attr("href")).isEqualTo("/contacts?q=lee&sort=-name");
        assertThat(byName.select("th:has(#sort-name)").attr("aria-sort")).isEqualTo("ascending");
        assertThat(byName.select("#sort-created").attr("href")).isEqualTo("/contacts?q=lee&sort=-created");
        assertThat(byName.select("#filter-sort option[selected]").val()).isEqualTo("name");
        assertThat(server.contacts().lastQuery().sort()).isEqualTo(ContactSort.NAME_ASC);

        Document byDefault = page("/contacts?q=lee");
        assertThat(byDefault.select("#sort-created").attr("href")).isEqualTo("/contacts?q=lee&sort=created");
        assertThat(byDefault.select("th:has(#sort-created)").attr("aria-sort")).isEqualTo("descending");
        assertThat(byDefault.select("#sort-name").attr("href")).isEqualTo("/contacts?q=lee&sort=name");
    }

    @Test
    void anEmptyListSaysWhatToDoNext() {
        Document none = page("/contacts");
        assertThat(none.select("#empty-state").text()).isEqualTo("No contacts yet: add one.");
        assertThat(none.select("#empty-state a").attr("href")).isEqualTo("/contacts/new");
        assertThat(none.select("#match-count").text()).isEqualTo("0 contacts match");

        server.contacts().add("Ann", "Lee", null, null, 1);
        Document filtered = page("/contacts?q=nobody&type=customer");
        assertThat(filtered.select("#empty-state").text()).isEqualTo("No contacts match these filters: clear filters.");
        assertThat(filtered.select("#empty-state a").attr("href")).isEqualTo("/contacts");
        assertThat(filtered.select("table")).isEmpty();
    }

    @Test
    void everyFilterReachesTheQuery() {
        page("/contacts?q=%28617%29+555-0123&hasEmail=yes&hasProperty=no&optedOut=any&leadSource=Radar&type=customer"
                + "&createdFrom=2025-01-01&createdTo=2025-01-31&sort=-activity&page=3&size=50");

        ContactListQuery query = server.contacts().lastQuery();
        assertThat(query.filter().text()).isEqualTo("(617) 555-0123");
        assertThat(query.filter().hasEmail()).isTrue();
        assertThat(query.filter().hasProperty()).isFalse();
        assertThat(query.filter().optedOut()).isNull();
        assertThat(query.filter().leadSource()).isEqualTo("Radar");
        assertThat(query.filter().customer()).isTrue();
        assertThat(query.filter().createdFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(query.filter().createdTo()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(query.sort()).isEqualTo(ContactSort.LAST_ACTIVITY_DESC);
        assertThat(query.page().page()).isEqualTo(3);
        assertThat(query.page().size()).isEqualTo(50);
    }

    @ParameterizedTest
    @CsvSource({"+16175550123", "617.555.0123", "(617) 555-0123"})
    void aPhoneSearchIsPassedThroughAsTypedAndKeptInTheForm(String phone) {
        Document page = page("/contacts?q=" + encode(phone));

        assertThat(server.contacts().lastQuery().filter().text()).isEqualTo(phone);
        assertThat(page.select("#filter-q").val()).isEqualTo(phone);
    }

    @Test
    void theDefaultsAreTheFirstPageOfOneHundredNewestFirst() {
        page("/contacts");

        ContactListQuery query = server.contacts().lastQuery();
        assertThat(query.page().page()).isEqualTo(1);
        assertThat(query.page().size()).isEqualTo(100);
        assertThat(query.sort()).isEqualTo(ContactSort.CREATED_DESC);
        assertThat(query.filter().text()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sort=bogus|sort|name, -name, -created, created, -activity",
        "hasEmail=maybe|hasEmail|yes, no or any",
        "hasProperty=true|hasProperty|yes, no or any",
        "optedOut=1|optedOut|yes, no or any",
        "type=vip|type|customer, prospect or any",
        "createdFrom=2025-13-01|createdFrom|yyyy-MM-dd",
        "createdTo=yesterday|createdTo|yyyy-MM-dd",
        "createdFrom=2025-02-01&createdTo=2025-01-01|createdTo|createdFrom",
        "page=0|page|from 1 to",
        "page=x|page|from 1 to",
        "size=501|size|from 1 to 500",
        "size=0|size|from 1 to 500",
        "colour=red|colour|hasEmail"})
    void aBadParameterGetsA400PageNamingItAndTheAllowedValues(String query, String name, String allowed) {
        for (String path : new String[] {"/contacts?", "/contacts/export.csv?"}) {
            HttpResponse<String> response = admin.get(path + query);

            assertThat(response.statusCode()).as(path + query).isEqualTo(400);
            String message = Jsoup.parse(response.body()).select("main p").text();
            assertThat(message).contains("'" + name + "'").contains(allowed);
        }
        assertThat(server.contacts().calls()).isEmpty();
    }

    @Test
    void anOverlongSearchIsA400() {
        HttpResponse<String> response = admin.get("/contacts?q=" + "a".repeat(201));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("&#39;q&#39;");
    }

    @Test
    void theCsvExportStreamsEveryMatchingRowQuotedAndGuardedAgainstFormulas() {
        server.contacts().add("=HYPERLINK(\"http://evil\")", "Smith, Jr.", "+16175550123", "a@example.com", 1);
        server.contacts().put(new ContactDetails("Bob", "O\"Neil", null, null, "@home", LocalDate.of(2024, 5, 6), "multi\nline"),
                null, FakeAccounts.NOW);
        for (int i = 0; i < 250; i++) {
            server.contacts().add("Many" + i, "Rows", null, null, 3);
        }

        HttpResponse<String> response = admin.get("/contacts/export.csv?sort=created", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"contacts-20250102.csv\"");
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        String[] lines = response.body().split("\r\n(?=[0-9]|$)");
        assertThat(lines).hasSize(253);
        assertThat(lines[0]).isEqualTo("id,first_name,last_name,phone,email,lead_source,customer_since,opted_out,property_count,"
                + "created_at");
        assertThat(response.body()).contains("1,\"'=HYPERLINK(\"\"http://evil\"\")\",\"Smith, Jr.\",(617) 555-0123,a@example.com,"
                + "PropertyRadar,,no,0,2025-01-01T03:04:05Z");
        assertThat(response.body()).contains("2,Bob,\"O\"\"Neil\",,,'@home,2024-05-06,no,0,2025-01-02T03:04:05Z");
        assertThat(server.contacts().lastQuery().sort()).isEqualTo(ContactSort.CREATED_ASC);
    }

    @Test
    void aFailingExportDoesNotLookLikeACompleteFile() {
        server.contacts().add("Ann", "Lee", null, null, 1);
        server.contacts().failExportsWith(new IllegalStateException("database went away"));

        HttpResponse<String> response = admin.get("/contacts/export.csv", "text/csv");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("database went away").doesNotContain("first_name");
    }

    @Test
    void theExportUsesTheListFilters() {
        server.contacts().add("Ann", "Lee", null, "ann@example.com", 1);
        server.contacts().add("Bob", "Stone", null, null, 1);

        HttpResponse<String> response = admin.get("/contacts/export.csv?q=ann&hasEmail=yes", "text/csv");

        assertThat(response.body().split("\r\n")).hasSize(2);
        assertThat(server.contacts().lastQuery().filter().text()).isEqualTo("ann");
        assertThat(server.contacts().lastQuery().filter().hasEmail()).isTrue();
    }

    @Test
    void creatingAContactRedirectsToItWithAFlash() {
        Document form = page("/contacts/new");
        assertThat(form.select("#contact-form").attr("action")).isEqualTo("/contacts/new");
        assertThat(form.select("#contact-form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());

        HttpResponse<String> response = admin.post("/contacts/new", form("firstName", "Ann", "lastName", "Lee", "phone",
                "617-555-0123", "email", "Ann@Example.com", "customerSince", "2024-05-06", "notes", "Called twice"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/contacts/1");
        Document detail = page("/contacts/1");
        assertThat(detail.select("#flash").text()).isEqualTo("Contact created.");
        assertThat(detail.select("#contact-name").text()).isEqualTo("Ann Lee Customer");
        assertThat(detail.select("#fact-phone").text()).isEqualTo("(617) 555-0123");
        assertThat(detail.select("#fact-phone a").attr("href")).isEqualTo("tel:+16175550123");
        assertThat(detail.select("#fact-email").text()).isEqualTo("ann@example.com");
        assertThat(detail.select("#fact-customer-since").text()).isEqualTo("6 May 2024");
        assertThat(detail.select("#fact-opt-out").text()).isEqualTo("Not opted out");
        assertThat(detail.select("#fact-notes").text()).isEqualTo("Called twice");
        assertThat(page("/contacts/1").select("#flash")).isEmpty();
    }

    @Test
    void fieldErrorsReRenderTheFormWithTheTypedValuesAndEachMessageNextToItsField() {
        HttpResponse<String> response = admin.post("/contacts/new", form("firstName", "<Ann>", "phone", "12", "email", "not-an-email",
                "customerSince", "soon", "notes", "keep me"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#firstName").val()).isEqualTo("<Ann>");
        assertThat(page.select("#phone").val()).isEqualTo("12");
        assertThat(page.select("#phone").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#phone-errors").text()).isEqualTo("'12' is not a phone number.");
        assertThat(page.select("#email").val()).isEqualTo("not-an-email");
        assertThat(page.select("#email-errors").text()).contains("not a valid email address");
        assertThat(page.select("#customerSince-errors").text()).isEqualTo("Use a date such as 2025-01-31.");
        assertThat(page.select("#notes").text()).isEqualTo("keep me");
        assertThat(page.select("#firstName").hasClass("is-invalid")).isFalse();
        assertThat(page.select("#contact-form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(server.contacts().find(new com.attackacrack.crm.domain.contact.ContactId(1))).isEmpty();
    }

    @Test
    void aRuleTheFormCannotPinToAFieldIsShownAboveTheForm() {
        HttpResponse<String> response = admin.post("/contacts/new", form());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#page-error").text())
                .isEqualTo("A contact needs at least a name, a phone number or an email address");
    }

    @Test
    void aDuplicatePhoneLinksToTheContactThatHasIt() {
        Contact existing = server.contacts().add("Ann", "Lee", "+16175550123", "ann@example.com", 1);

        HttpResponse<String> response = admin.post("/contacts/new", form("firstName", "Annie", "phone", "(617) 555.0123"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#phone-errors").text()).startsWith("Another contact already has this phone number.");
        assertThat(page.select("#phone-errors a.crm-existing-link").attr("href")).isEqualTo("/contacts/" + existing.id());
        assertThat(page.select("#phone").val()).isEqualTo("(617) 555.0123");
        assertThat(page.select("#firstName").val()).isEqualTo("Annie");
        assertThat(page.select("#email-errors")).isEmpty();
    }

    @Test
    void aDuplicateEmailLinksToTheContactThatHasIt() {
        Contact existing = server.contacts().add("Ann", "Lee", null, "ann@example.com", 1);

        HttpResponse<String> response = admin.post("/contacts/new", form("email", "ANN@example.com"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#email-errors").text()).startsWith("Another contact already has this email address.");
        assertThat(page.select("#email-errors a").attr("href")).isEqualTo("/contacts/" + existing.id());
    }

    @Test
    void editingShowsTheCurrentValuesAndSavesChanges() {
        Contact ann = server.contacts().add("Ann", "Lee", "+16175550123", "ann@example.com", 1);

        Document form = page("/contacts/" + ann.id() + "/edit");
        assertThat(form.select("#contact-form").attr("action")).isEqualTo("/contacts/" + ann.id() + "/edit");
        assertThat(form.select("#firstName").val()).isEqualTo("Ann");
        assertThat(form.select("#phone").val()).isEqualTo("(617) 555-0123");
        assertThat(form.select("#email").val()).isEqualTo("ann@example.com");

        HttpResponse<String> response = admin.post("/contacts/" + ann.id() + "/edit", form("firstName", "Anne", "lastName", "Lee",
                "phone", "(617) 555-0123", "email", "ann@example.com"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/contacts/" + ann.id());
        Document detail = page("/contacts/" + ann.id());
        assertThat(detail.select("#flash").text()).isEqualTo("Changes saved.");
        assertThat(detail.select("#fact-first-name").text()).isEqualTo("Anne");
    }

    @Test
    void editErrorsStayOnTheEditForm() {
        Contact ann = server.contacts().add("Ann", "Lee", null, null, 1);
        server.contacts().add("Bob", "Stone", "+16175550199", null, 1);

        HttpResponse<String> response = admin.post("/contacts/" + ann.id() + "/edit", form("firstName", "Ann", "phone", "6175550199"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#contact-form").attr("action")).isEqualTo("/contacts/" + ann.id() + "/edit");
        assertThat(page.select("#phone-errors a").attr("href")).isEqualTo("/contacts/2");
    }

    @Test
    void deletingAsksForConfirmationAndNeedsAPostWithTheCsrfToken() {
        Contact ann = server.contacts().add("Ann", "Lee", "+16175550123", null, 1);

        Document confirm = page("/contacts/" + ann.id() + "/delete");
        assertThat(confirm.select("#confirm h1").text()).isEqualTo("Delete Ann Lee?");
        assertThat(confirm.select("#confirm form").attr("method")).isEqualTo("post");
        assertThat(confirm.select("#confirm form").attr("action")).isEqualTo("/contacts/" + ann.id() + "/delete");
        assertThat(confirm.select("#confirm form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(server.contacts().find(ann.id())).isPresent();

        HttpResponse<String> forged = admin.send(admin.formRequest("/contacts/" + ann.id() + "/delete", Map.of())
                .header("Origin", server.origin()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.contacts().find(ann.id())).isPresent();

        HttpResponse<String> response = admin.post("/contacts/" + ann.id() + "/delete", Map.of());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/contacts");
        assertThat(server.contacts().find(ann.id())).isEmpty();
        assertThat(page("/contacts").select("#flash").text()).isEqualTo("Deleted Ann Lee.");
    }

    @Test
    void anUnknownContactIsA404() {
        for (String path : new String[] {"/contacts/99", "/contacts/abc", "/contacts/0", "/contacts/99/edit", "/contacts/99/delete"}) {
            HttpResponse<String> response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path).isEqualTo("Page not found");
        }
        assertThat(admin.post("/contacts/99/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(admin.post("/contacts/99/edit", form("firstName", "X")).statusCode()).isEqualTo(404);
    }

    @Test
    void theDetailPageShowsOptOutAndLinkedPropertiesButNoCampaigns() {
        Contact ann = server.contacts().put(new ContactDetails("Ann", "Lee", new PhoneNumber("+16175550123"),
                EmailAddress.parse("ann@example.com"), "Radar", null, null), new OptOut("STOP keyword", FakeAccounts.NOW),
                FakeAccounts.NOW);
        Property home = new Property(new PropertyId(7), new PropertyDetails(new Address("1 Main St", "Waltham", "MA", "02451"),
                null, null, null, null, null, null, null, null, null, null, null, null, null), null, FakeAccounts.NOW,
                FakeAccounts.NOW);
        server.contacts().linkProperty(ann.id(), new LinkedProperty(home, Relationship.PRIMARY_OWNER));

        Document page = page("/contacts/" + ann.id());

        assertThat(page.select("#fact-opt-out").text()).isEqualTo("Opted out STOP keyword · 2 Jan 2025, 03:04 UTC");
        assertThat(page.select(".crm-linked-property a").attr("href")).isEqualTo("/properties/7");
        assertThat(page.select(".crm-linked-property a").text()).isEqualTo("1 Main St, Waltham MA 02451");
        assertThat(page.select(".crm-linked-property .crm-relationship").text()).isEqualTo("Primary owner");
        assertThat(page.select("#edit-contact").attr("href")).isEqualTo("/contacts/" + ann.id() + "/edit");
        assertThat(page.select("#delete-contact").attr("href")).isEqualTo("/contacts/" + ann.id() + "/delete");
        assertThat(page.select("main").text()).doesNotContain("Campaign");
        assertThat(page("/contacts").select(".crm-contact-properties").text()).isEqualTo("1");
    }

    @Test
    void theDetailPageShowsTheLatestTextsAndCallsWithALinkToTheConversation() {
        Contact ann = server.contacts().add("Ann", "Lee", "+16175550123", null, 1);
        Instant at = FakeAccounts.NOW.minusSeconds(600);
        server.conversations().setTimeline(ann.id(), List.of(
                new TimelineEntry.Message(new MessageId(1), "AC1", MessageDirection.INBOUND, "Is Friday ok?", List.of(),
                        MessageStatus.RECEIVED, null, null, at, null),
                new TimelineEntry.Call("CA1", MessageDirection.OUTBOUND, CallStatus.COMPLETED, at.plusSeconds(60), null, null, 65,
                        null, List.of()),
                new TimelineEntry.Message(new MessageId(2), "AC2", MessageDirection.OUTBOUND, "Friday works", List.of(),
                        MessageStatus.DELIVERED, null, null, at.plusSeconds(120), "Alex Admin")));

        Document page = page("/contacts/" + ann.id());

        assertThat(server.conversations().calls()).containsExactly("thread " + ann.id() + " 5 false");
        assertThat(page.select("#conversation-heading").text()).isEqualTo("Conversation");
        assertThat(page.select("#open-conversation").attr("href")).isEqualTo("/conversations/" + ann.id());
        assertThat(page.select("#conversation-latest .crm-latest-entry").eachAttr("data-kind"))
                .containsExactly("message", "call", "message");
        assertThat(page.select(".crm-latest-entry[data-message-id=1]").text()).contains("← Received").contains("Is Friday ok?");
        assertThat(page.select(".crm-latest-entry[data-kind=call]").text()).contains("Outgoing call").contains("1:05");
        assertThat(page.select(".crm-latest-entry[data-message-id=2]").attr("data-status")).isEqualTo("delivered");
        assertThat(page.select("#conversation-empty")).isEmpty();
    }

    @Test
    void aContactWithoutActivitySaysSoAndStillLinksTheConversation() {
        Contact ann = server.contacts().add("Ann", "Lee", "+16175550123", null, 1);

        Document page = page("/contacts/" + ann.id());

        assertThat(page.select("#conversation-empty").text()).isEqualTo("No messages or calls yet.");
        assertThat(page.select("#open-conversation").text()).isEqualTo("Open conversation");
        assertThat(page.select("#open-conversation").attr("href")).isEqualTo("/conversations/" + ann.id());
    }

    @Test
    void aMarketerCanUseEveryContactPage() {
        Browser marketer = server.marketer();
        assertThat(marketer.get("/contacts").statusCode()).isEqualTo(200);
        assertThat(marketer.get("/contacts/new").statusCode()).isEqualTo(200);
        assertThat(marketer.post("/contacts/new", form("firstName", "Ann")).statusCode()).isEqualTo(303);
        assertThat(marketer.get("/contacts/1").statusCode()).isEqualTo(200);
        assertThat(marketer.get("/contacts/1/edit").statusCode()).isEqualTo(200);
        assertThat(marketer.post("/contacts/1/edit", form("firstName", "Anne")).statusCode()).isEqualTo(303);
        assertThat(marketer.get("/contacts/export.csv", "text/csv").statusCode()).isEqualTo(200);
        assertThat(marketer.get("/contacts/1/delete").statusCode()).isEqualTo(200);
        assertThat(marketer.post("/contacts/1/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(page(marketer, "/contacts").select("#nav-contacts").hasClass("active")).isTrue();
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() {
        HttpResponse<String> response = server.get("/contacts?q=ann");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/login");
    }

    @Test
    void theListOffersAddingSelectedOrAllMatchingContactsToACampaignList() {
        server.contacts().add("Ann", "Archer", "+16175550123", "ann@example.com", 1);
        server.audiences().givenList("Hot leads");

        Document page = page("/contacts?q=ann");

        assertThat(page.select("#add-to-list option").eachText()).containsExactly("Choose a list…", "Hot leads (0 contacts)");
        assertThat(page.select("#add-to-list input[type=hidden][name=q]").val()).isEqualTo("ann");
        assertThat(page.select("#add-matching").text()).isEqualTo("Add all 1 matching to list");
        assertThat(page.select("tr.crm-contact input[type=checkbox][name=contact]").attr("form")).isEqualTo("add-to-list");
    }

    @Test
    void withoutListsTheContactListSaysToCreateOne() {
        server.contacts().add("Ann", "Archer", "+16175550123", "ann@example.com", 1);

        Document page = page("/contacts");

        assertThat(page.select("#no-lists").text()).isEqualTo("To add contacts to a campaign list, first create a list.");
        assertThat(page.select("tr.crm-contact input[type=checkbox]")).isEmpty();
    }
}
