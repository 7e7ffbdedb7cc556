package com.attackacrack.crm.application.service.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.contact.ContactListQuery;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportContactsServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final ExportContactsService service = new ExportContactsService(given.contacts, given.phones);

    @Test
    void streamsEveryMatchingContactAcrossPages() {
        for (int i = 0; i < 150; i++) {
            given.givenContact("Pat" + i, "Doe", null, null);
        }
        List<ContactSummary> rows = new ArrayList<>();

        long count = service.export(query(ContactFilter.none()), rows::add);

        assertThat(count).isEqualTo(150);
        assertThat(rows).hasSize(150);
    }

    @Test
    void searchesByPhoneWhenTheTextIsAPhoneNumber() {
        Contact ann = given.givenContact("Ann", "Lee", "+16175550123", null);
        given.givenContact("Bob", "Ray", null, null);
        List<ContactSummary> rows = new ArrayList<>();

        service.export(query(new ContactFilter("(617) 555-0123", null, null, null, null, null, null, null, null)),
                rows::add);

        assertThat(rows).extracting(ContactSummary::contact).containsExactly(ann);
    }

    private static ContactListQuery query(ContactFilter filter) {
        return new ContactListQuery(filter, ContactSort.NAME_ASC, PageRequest.first());
    }
}
