package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-statement search path (V8 contact_search): it finds what the general query finds, in the same order and
 * with the same total, and contact_search follows every insert, rename and delete.
 */
class ContactSearchPagesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiContactRepository contacts = new JdbiContactRepository(jdbi);

    @BeforeEach
    void emptyTables() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
    }

    @Test
    void theFastPathAgreesWithTheGeneralQueryOnRowsOrderAndTotal() {
        for (int i = 0; i < 30; i++) {
            create(i % 3 == 0 ? "Ann" : "Bob", "Lee" + i, i % 2 == 0 ? "x" + i + "@annex.com" : null, i);
        }
        ContactFilter search = text("ann");

        for (ContactSort sort : List.of(ContactSort.CREATED_DESC, ContactSort.CREATED_ASC)) {
            assertThat(ContactSearchPages.covers(search, sort)).isTrue();
            Page<ContactSummary> fast = contacts.list(search, sort, new PageRequest(2, 5));
            Page<ContactSummary> general = jdbi.withHandle(handle -> generalPage(search, sort, new PageRequest(2, 5)));
            assertThat(ids(fast)).isEqualTo(ids(general));
            assertThat(fast.total()).isEqualTo(general.total()).isEqualTo(count("%ann%"));
        }
    }

    @Test
    void aPagePastTheEndStillKnowsTheTotal() {
        for (int i = 0; i < 7; i++) {
            create("Ann", "Lee" + i, null, i);
        }

        Page<ContactSummary> past = contacts.list(text("ann"), ContactSort.CREATED_DESC, new PageRequest(5, 10));
        Page<ContactSummary> none = contacts.list(text("nobody"), ContactSort.CREATED_DESC, PageRequest.first());

        assertThat(past.rows()).isEmpty();
        assertThat(past.total()).isEqualTo(7);
        assertThat(none.total()).isZero();
    }

    @Test
    void searchFollowsRenamesNewEmailsAndDeletes() {
        Contact ann = create("Ann", "Archer", null, 1);
        Contact bob = create("Bob", "Baker", null, 2);

        contacts.update(ann.id(), new ContactDetails("Anna", "Zimmer", null, EmailAddress.parse("anna@zimmer.org"), null,
                null, null), T0.plusSeconds(60));
        contacts.delete(bob.id());

        assertThat(ids(text("archer"))).isEmpty();
        assertThat(ids(text("zimmer.org"))).containsExactly(ann.id());
        assertThat(ids(text("baker"))).isEmpty();
        assertThat(count("%")).isEqualTo(1);
    }

    @Test
    void theCarriedFiltersNarrowTheFastPathExactlyAsTheGeneralQueryDoes() {
        for (int i = 0; i < 40; i++) {
            Contact contact = create("Ann", "Lee" + i, i % 2 == 0 ? "ann" + i + "@example.com" : null, i);
            if (i % 3 == 0) {
                contacts.update(contact.id(), new ContactDetails("Ann", "Lee" + i,
                        null, i % 2 == 0 ? EmailAddress.parse("ann" + i + "@example.com") : null,
                        i % 4 == 0 ? "Referral" : "Website", java.time.LocalDate.of(2024, 1, 1), null), T0);
            }
        }
        List<ContactFilter> filters = List.of(
                new ContactFilter("ann", null, true, null, null, null, null, null, null),
                new ContactFilter("ann", null, null, null, false, "REFERRAL", null, null, null),
                new ContactFilter("lee1", null, false, null, null, null, true, null, null));

        for (ContactFilter filter : filters) {
            assertThat(ContactSearchPages.covers(filter, ContactSort.CREATED_DESC)).isTrue();
            Page<ContactSummary> fast = contacts.list(filter, ContactSort.CREATED_DESC, new PageRequest(1, 7));
            Page<ContactSummary> general = generalPage(filter, ContactSort.CREATED_DESC, new PageRequest(1, 7));
            assertThat(ids(fast)).as(filter.toString()).isEqualTo(ids(general));
            assertThat(fast.total()).as(filter.toString()).isEqualTo(general.total()).isPositive();
        }
    }

    @Test
    void otherFiltersAndSortsTakeTheGeneralPath() {
        assertThat(ContactSearchPages.covers(text("ann"), ContactSort.NAME_ASC)).isFalse();
        assertThat(ContactSearchPages.covers(new ContactFilter("ann", null, null, true, null, null, null, null, null),
                ContactSort.CREATED_DESC)).as("has property changes too often to be carried").isFalse();
        assertThat(ContactSearchPages.covers(ContactFilter.none(), ContactSort.CREATED_DESC)).isFalse();
    }

    private Page<ContactSummary> generalPage(ContactFilter filter, ContactSort sort, PageRequest page) {
        // The general query of JdbiContactRepository, reached by adding a filter that matches everything.
        ContactFilter widened = new ContactFilter(filter.text(), null, filter.hasEmail(), null, filter.optedOut(),
                filter.leadSource(), filter.customer(), java.time.LocalDate.of(2000, 1, 1), null);
        Page<ContactSummary> general = contacts.list(widened, sort, page);
        return general;
    }

    private Contact create(String first, String last, String email, int second) {
        return contacts.create(new ContactDetails(first, last, null, email == null ? null : EmailAddress.parse(email),
                null, null, null), "test", T0.plusSeconds(second));
    }

    private List<ContactId> ids(ContactFilter filter) {
        return ids(contacts.list(filter, ContactSort.CREATED_DESC, PageRequest.first()));
    }

    private static List<ContactId> ids(Page<ContactSummary> page) {
        return page.rows().stream().map(row -> row.contact().id()).toList();
    }

    private long count(String pattern) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from contact_search where doc ilike :p")
                .bind("p", pattern).mapTo(Long.class).one());
    }

    private static ContactFilter text(String text) {
        return new ContactFilter(text, null, null, null, null, null, null, null, null);
    }
}
