package com.attackacrack.crm.application.service.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.contact.ContactListQuery;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ListContactsServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final ListContactsService service = new ListContactsService(given.contacts, given.phones);
    private final Contact ann = given.givenContact("Ann", "Lee", "+16175550123", "ann@example.com");

    @ParameterizedTest
    @ValueSource(strings = {"(617) 555-0123", "617.555.0123", "+16175550123", "1-617-555-0123", "6175550123"})
    void aPhoneNumberInAnySpellingFindsTheContact(String text) {
        given.givenContact("Bob", "Ray", "+16175550199", null);

        assertThat(ids(service.list(query(text)))).containsExactly(ann.id().value());
    }

    @Test
    void textWithLettersSearchesNamesAndEmails() {
        given.givenContact("Bob", "Ray", "+16175550199", "bob@example.com");

        assertThat(ids(service.list(query("ann lee")))).containsExactly(ann.id().value());
        assertThat(ids(service.list(query("EXAMPLE.com")))).hasSize(2);
    }

    @Test
    void digitsThatAreNotAPhoneNumberStayText() {
        assertThat(service.list(query("555-0123")).total()).isZero();
    }

    @Test
    void pagesCarryTheFilteredTotal() {
        for (int i = 0; i < 5; i++) {
            given.givenContact("Zed" + i, "Smith", null, null);
        }

        Page<ContactSummary> page = service.list(new ContactListQuery(new ContactFilter("smith", null, null, null, null,
                null, null, null, null), ContactSort.NAME_ASC, new PageRequest(2, 2)));

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.rows()).extracting(row -> row.contact().details().firstName()).containsExactly("Zed2", "Zed3");
    }

    private static ContactListQuery query(String text) {
        return new ContactListQuery(new ContactFilter(text, null, null, null, null, null, null, null, null),
                ContactSort.CREATED_DESC, PageRequest.first());
    }

    private static java.util.List<Long> ids(Page<ContactSummary> page) {
        return page.rows().stream().map(row -> row.contact().id().value()).toList();
    }
}
