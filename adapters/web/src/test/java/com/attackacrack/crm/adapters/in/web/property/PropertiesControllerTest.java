package com.attackacrack.crm.adapters.in.web.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.property.PropertyListQuery;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.property.Relationship;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertiesControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private Browser admin;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.contacts().reset();
        server.properties().reset();
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
        for (String name : new String[] {"street", "city", "state", "zip", "propertyType", "apn", "yearBuilt", "squareFeet", "beds",
            "baths", "estimatedValue", "estimatedEquity", "equityPercent", "ownerOccupied", "listedForSale", "foreclosure",
            "mailingStreet", "mailingCity", "mailingState", "mailingZip"}) {
            form.put(name, "");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void onAPhoneTheFiltersFoldBehindAButtonCountingTheActiveOnes() {
        Document page = page("/properties?city=Boston&ownerOccupied=yes&equityMin=20");

        assertThat(page.select("#filters-toggle").text()).isEqualTo("Filters (3 active)");
        assertThat(page.select("#filters-toggle").attr("aria-controls")).isEqualTo("property-filters-panel");
        assertThat(page.select("#property-filters-panel.collapse.d-md-block > form#property-filters")).hasSize(1);
    }

    @Test
    void theListShowsEachPropertyWithMoneyAndTheTotal() {
        Property home = server.properties().add("1 Main St", "Waltham", "02451", "APN-1", 450_000L, 42);
        server.properties().add("2 Elm St", "Boston", "02108", null, null, null);

        Document page = page("/properties");

        assertThat(page.select("#nav-properties").hasClass("active")).isTrue();
        assertThat(page.select("#match-count").text()).isEqualTo("2 properties match");
        var row = page.selectFirst("tr.crm-property[data-property-id=" + home.id() + "]");
        assertThat(row.select(".crm-property-address a").attr("href")).isEqualTo("/properties/" + home.id());
        assertThat(row.select(".crm-property-address").text()).isEqualTo("1 Main St");
        assertThat(row.select(".crm-property-city").text()).isEqualTo("Waltham MA");
        assertThat(row.select(".crm-property-zip").text()).isEqualTo("02451");
        assertThat(row.select(".crm-property-type").text()).isEqualTo("SFR");
        assertThat(row.select(".crm-property-value").text()).isEqualTo("$450,000");
        assertThat(row.select(".crm-property-equity").text()).isEqualTo("42%");
        assertThat(row.select(".crm-property-owner-occupied").text()).isEqualTo("Yes");
        assertThat(page.select("#new-property").attr("href")).isEqualTo("/properties/new");
    }

    @Test
    void pageAndSortLinksKeepTheFilters() {
        for (int i = 0; i < 3; i++) {
            server.properties().add(i + " Main St", "Waltham", "02451", null, null, null);
        }

        Document page = page("/properties?q=main&ownerOccupied=yes&equityMin=10&sort=address&size=1&page=2");

        assertThat(page.select("#match-count").text()).isEqualTo("3 properties match");
        assertThat(page.select("#page-of").text()).isEqualTo("Page 2 of 3");
        assertThat(page.select("a.crm-page-next").attr("href"))
                .isEqualTo("/properties?q=main&equityMin=10&ownerOccupied=yes&sort=address&size=1&page=3");
        assertThat(page.select("a.crm-page-first").attr("href"))
                .isEqualTo("/properties?q=main&equityMin=10&ownerOccupied=yes&sort=address&size=1");
        assertThat(page.select("#sort-value").attr("href"))
                .isEqualTo("/properties?q=main&equityMin=10&ownerOccupied=yes&sort=-value&size=1");
        assertThat(page.select("th:has(#sort-address)").attr("aria-sort")).isEqualTo("ascending");
        assertThat(page.select("#export-csv").attr("href"))
                .isEqualTo("/properties/export.csv?q=main&equityMin=10&ownerOccupied=yes&sort=address");
        PropertyListQuery query = server.properties().lastQuery();
        assertThat(query.filter().text()).isEqualTo("main");
        assertThat(query.filter().ownerOccupied()).isTrue();
        assertThat(query.filter().equityPercentMin()).isEqualTo(10);
        assertThat(query.sort()).isEqualTo(PropertySort.ADDRESS_ASC);
    }

    @Test
    void everyFilterReachesTheQuery() {
        page("/properties?q=APN-7&type=SFR&city=Waltham&zip=02451&equityMin=-20&equityMax=80&ownerOccupied=no&sort=-equity");

        PropertyListQuery query = server.properties().lastQuery();
        assertThat(query.filter().text()).isEqualTo("APN-7");
        assertThat(query.filter().propertyType()).isEqualTo("SFR");
        assertThat(query.filter().city()).isEqualTo("Waltham");
        assertThat(query.filter().zip()).isEqualTo("02451");
        assertThat(query.filter().equityPercentMin()).isEqualTo(-20);
        assertThat(query.filter().equityPercentMax()).isEqualTo(80);
        assertThat(query.filter().ownerOccupied()).isFalse();
        assertThat(query.sort()).isEqualTo(PropertySort.EQUITY_DESC);
        assertThat(query.page().size()).isEqualTo(100);
    }

    @Test
    void anEmptyListSaysWhatToDoNext() {
        assertThat(page("/properties").select("#empty-state").text()).isEqualTo("No properties yet: add one.");
        server.properties().add("1 Main St", "Waltham", "02451", null, null, null);
        Document filtered = page("/properties?q=nowhere");
        assertThat(filtered.select("#empty-state").text()).isEqualTo("No properties match these filters: clear filters.");
        assertThat(filtered.select("#empty-state a").attr("href")).isEqualTo("/properties");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sort=price|sort|address, city, -value, -equity, -created",
        "ownerOccupied=sometimes|ownerOccupied|yes, no or any",
        "equityMin=abc|equityMin|whole number from -1000 to 100",
        "equityMax=101|equityMax|whole number from -1000 to 100",
        "equityMin=50&equityMax=10|equityMax|equityMin",
        "zip=abcde|zip|ZIP code",
        "page=-1|page|from 1 to",
        "size=1000|size|from 1 to 500",
        "owner=me|owner|ownerOccupied"})
    void aBadParameterGetsA400PageNamingIt(String query, String name, String allowed) {
        for (String path : new String[] {"/properties?", "/properties/export.csv?"}) {
            HttpResponse<String> response = admin.get(path + query);

            assertThat(response.statusCode()).as(path + query).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).select("main p").text()).contains("'" + name + "'").contains(allowed);
        }
        assertThat(server.properties().calls()).isEmpty();
    }

    @Test
    void theCsvExportHasEveryRowAndGuardsFormulas() {
        server.properties().add("=1+2 Main St", "Waltham, East", "02451", "-APN", 450_000L, -5);
        for (int i = 0; i < 120; i++) {
            server.properties().add(i + " Elm St", "Boston", "02108", null, null, null);
        }

        HttpResponse<String> response = admin.get("/properties/export.csv?sort=address", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"properties-20250102.csv\"");
        String[] lines = response.body().split("\r\n");
        assertThat(lines).hasSize(122);
        assertThat(lines[0]).startsWith("id,street,city,state,zip,property_type,apn,");
        assertThat(response.body()).contains("1,'=1+2 Main St,\"Waltham, East\",MA,02451,SFR,'-APN,1950,1800,3,,450000,225000,-5,yes,,,"
                + ",,,,0,2025-01-02T03:04:05Z");
    }

    @Test
    void theDetailPageShowsReadableFactsAndLinkedContacts() {
        Property home = server.properties().put(new PropertyDetails(new Address("1 Main St", "Waltham", "MA", "02451"), "SFR",
                "APN-1", 1950, 1800, 3, new BigDecimal("2.50"), 450_000L, 225_000L, 50, Boolean.FALSE, null, Boolean.TRUE,
                new Address("PO Box 9", "Boston", "MA", "02108")), FakeAccounts.NOW);
        Contact ann = server.contacts().add("Ann", "Lee", "+16175550123", null, 1);
        server.properties().link(home.id(), ann.id(), Relationship.SECONDARY_OWNER);

        Document page = page("/properties/" + home.id());

        assertThat(page.select("#property-address").text()).isEqualTo("1 Main St, Waltham MA 02451");
        assertThat(page.select("#fact-value").text()).isEqualTo("$450,000");
        assertThat(page.select("#fact-equity").text()).isEqualTo("$225,000");
        assertThat(page.select("#fact-equity-percent").text()).isEqualTo("50%");
        assertThat(page.select("#fact-owner-occupied").text()).isEqualTo("No");
        assertThat(page.select("#fact-foreclosure").text()).isEqualTo("Yes");
        assertThat(page.select("#fact-listed-for-sale").text()).isEqualTo("—");
        assertThat(page.select("#fact-baths").text()).isEqualTo("2.5");
        assertThat(page.select("#fact-square-feet").text()).isEqualTo("1,800");
        assertThat(page.select("#fact-mailing-address").text()).isEqualTo("PO Box 9, Boston MA 02108");
        var linked = page.selectFirst(".crm-linked-contact[data-contact-id=" + ann.id() + "]");
        assertThat(linked.select("a").first().attr("href")).isEqualTo("/contacts/" + ann.id());
        assertThat(linked.select(".crm-relationship").text()).isEqualTo("Secondary owner");
        assertThat(linked.select("a.crm-unlink").attr("href")).isEqualTo("/properties/" + home.id() + "/contacts/" + ann.id() + "/unlink");
        assertThat(page.select("#link-form").attr("action")).isEqualTo("/properties/" + home.id() + "/contacts");
        assertThat(page.select("#link-form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(page.select("#link-form select[name=relationship] option").eachAttr("value"))
                .containsExactly("primary_owner", "secondary_owner", "tenant", "other");
    }

    @Test
    void linkingAContactById() {
        Property home = server.properties().add("1 Main St", "Waltham", "02451", null, null, null);
        Contact ann = server.contacts().add("Ann", "Lee", null, null, 1);

        HttpResponse<String> response = admin.post("/properties/" + home.id() + "/contacts",
                Map.of("contactId", " " + ann.id() + " ", "relationship", "tenant"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/properties/" + home.id());
        Document page = page("/properties/" + home.id());
        assertThat(page.select("#flash").text()).isEqualTo("Contact " + ann.id() + " linked as tenant.");
        assertThat(page.select(".crm-linked-contact .crm-relationship").text()).isEqualTo("Tenant");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "99|There is no contact with id 99.",
        "abc|A contact id is a whole number, such as 42.",
        "|Enter the contact's id: the number at the end of their page's address."})
    void aLinkToAnUnknownOrMalformedContactIdIsRefusedNextToTheField(String contactId, String message) {
        Property home = server.properties().add("1 Main St", "Waltham", "02451", null, null, null);

        HttpResponse<String> response = admin.post("/properties/" + home.id() + "/contacts",
                Map.of("contactId", contactId == null ? "" : contactId, "relationship", "other"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#contactId-errors").text()).isEqualTo(message);
        assertThat(page.select("#contactId").val()).isEqualTo(contactId == null ? "" : contactId);
        assertThat(page.select("#relationship option[selected]").val()).isEqualTo("other");
    }

    @Test
    void unlinkingAsksForConfirmationThenNeedsAPost() {
        Property home = server.properties().add("1 Main St", "Waltham", "02451", null, null, null);
        Contact ann = server.contacts().add("Ann", "Lee", null, null, 1);
        server.properties().link(home.id(), ann.id(), Relationship.PRIMARY_OWNER);
        String path = "/properties/" + home.id() + "/contacts/" + ann.id() + "/unlink";

        Document confirm = page(path);
        assertThat(confirm.select("#confirm h1").text()).isEqualTo("Unlink Ann Lee from 1 Main St, Waltham MA 02451?");
        assertThat(confirm.select("#confirm form").attr("action")).isEqualTo(path);
        assertThat(confirm.select("#confirm form input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(server.properties().calls()).doesNotContain("unlink " + home.id() + " " + ann.id());

        HttpResponse<String> response = admin.post(path, Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(server.properties().calls()).contains("unlink " + home.id() + " " + ann.id());
        Document page = page("/properties/" + home.id());
        assertThat(page.select("#flash").text()).isEqualTo("Ann Lee is no longer linked to this property.");
        assertThat(page.select(".crm-linked-contact")).isEmpty();
        assertThat(admin.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void creatingEditingAndFieldErrors() {
        HttpResponse<String> bad = admin.post("/properties/new", form("city", "Waltham", "estimatedValue", "lots"));
        assertThat(bad.statusCode()).isEqualTo(400);
        Document errors = Jsoup.parse(bad.body());
        assertThat(errors.select("#street-errors").text()).isEqualTo("Enter the street address.");
        assertThat(errors.select("#estimatedValue-errors").text()).isEqualTo("Use a whole number of dollars.");
        assertThat(errors.select("#estimatedValue").val()).isEqualTo("lots");
        assertThat(errors.select("#city").val()).isEqualTo("Waltham");

        HttpResponse<String> created = admin.post("/properties/new", form("street", "1 Main St", "city", "Waltham", "state", "MA",
                "zip", "02451", "estimatedValue", "450000", "ownerOccupied", "yes"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue("/properties/1");
        assertThat(page("/properties/1").select("#flash").text()).isEqualTo("Property created.");

        Document edit = page("/properties/1/edit");
        assertThat(edit.select("#property-form").attr("action")).isEqualTo("/properties/1/edit");
        assertThat(edit.select("#street").val()).isEqualTo("1 Main St");
        assertThat(edit.select("#estimatedValue").val()).isEqualTo("450000");
        assertThat(edit.select("#ownerOccupied option[selected]").val()).isEqualTo("yes");

        HttpResponse<String> saved = admin.post("/properties/1/edit", form("street", "1 Main Street", "ownerOccupied", "no"));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document detail = page("/properties/1");
        assertThat(detail.select("#property-address").text()).isEqualTo("1 Main Street");
        assertThat(detail.select("#fact-owner-occupied").text()).isEqualTo("No");
    }

    @Test
    void aDuplicateApnLinksToThePropertyThatHasIt() {
        Property existing = server.properties().add("1 Main St", "Waltham", "02451", "APN-1", null, null);

        HttpResponse<String> response = admin.post("/properties/new", form("street", "9 Other St", "apn", "APN-1"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#apn-errors").text()).startsWith("Another property already has this APN.");
        assertThat(page.select("#apn-errors a").attr("href")).isEqualTo("/properties/" + existing.id());
        assertThat(page.select("#street").val()).isEqualTo("9 Other St");
    }

    @Test
    void deletingAsksForConfirmationAndNeedsTheCsrfToken() {
        Property home = server.properties().add("1 Main St", "Waltham", "02451", null, null, null);
        String path = "/properties/" + home.id() + "/delete";

        Document confirm = page(path);
        assertThat(confirm.select("#confirm h1").text()).isEqualTo("Delete 1 Main St, Waltham MA 02451?");
        assertThat(confirm.select("#confirm form").attr("action")).isEqualTo(path);

        assertThat(admin.send(admin.formRequest(path, Map.of()).header("Origin", server.origin())).statusCode()).isEqualTo(403);
        assertThat(server.properties().calls()).isEmpty();

        HttpResponse<String> response = admin.post(path, Map.of());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/properties");
        assertThat(page("/properties").select("#flash").text()).isEqualTo("Deleted 1 Main St, Waltham MA 02451.");
        assertThat(admin.get("/properties/" + home.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownPropertyIsA404() {
        for (String path : new String[] {"/properties/99", "/properties/x", "/properties/99/edit", "/properties/99/delete",
            "/properties/99/contacts/1/unlink"}) {
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(admin.post("/properties/99/contacts", Map.of("contactId", "1", "relationship", "tenant")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMarketerCanUseEveryPropertyPage() {
        Browser marketer = server.marketer();
        Contact ann = server.contacts().add("Ann", "Lee", null, null, 1);
        assertThat(marketer.get("/properties").statusCode()).isEqualTo(200);
        assertThat(marketer.get("/properties/new").statusCode()).isEqualTo(200);
        assertThat(marketer.post("/properties/new", form("street", "1 Main St")).statusCode()).isEqualTo(303);
        assertThat(marketer.get("/properties/1").statusCode()).isEqualTo(200);
        assertThat(marketer.post("/properties/1/edit", form("street", "2 Main St")).statusCode()).isEqualTo(303);
        assertThat(marketer.post("/properties/1/contacts", Map.of("contactId", "" + ann.id(), "relationship", "tenant")).statusCode())
                .isEqualTo(303);
        assertThat(marketer.get("/properties/1/contacts/" + ann.id() + "/unlink").statusCode()).isEqualTo(200);
        assertThat(marketer.post("/properties/1/contacts/" + ann.id() + "/unlink", Map.of()).statusCode()).isEqualTo(303);
        assertThat(marketer.get("/properties/export.csv", "text/csv").statusCode()).isEqualTo(200);
        assertThat(marketer.post("/properties/1/delete", Map.of()).statusCode()).isEqualTo(303);
    }
}
