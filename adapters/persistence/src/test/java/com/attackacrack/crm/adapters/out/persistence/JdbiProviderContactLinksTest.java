package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactId;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiProviderContactLinksTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiProviderContactLinks links = new JdbiProviderContactLinks(jdbi);
    private final JdbiContactRepository contacts = new JdbiContactRepository(jdbi);

    @BeforeEach
    void givenNoContacts() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
    }

    @Test
    void aLinkIsFoundUntilItIsRemoved() {
        ContactId ann = contact("Ann");

        links.link("CT1", ann);

        assertThat(links.find("CT1")).contains(ann);
        assertThat(links.find("CT2")).isEmpty();
        assertThat(links.unlink("CT1")).isTrue();
        assertThat(links.unlink("CT1")).isFalse();
        assertThat(links.find("CT1")).isEmpty();
    }

    @Test
    void linkingAgainReplacesTheEarlierLink() {
        ContactId ann = contact("Ann");
        ContactId bob = contact("Bob");
        links.link("CT1", ann);

        links.link("CT1", bob);

        assertThat(links.find("CT1")).contains(bob);
    }

    @Test
    void aLinkGoesWithItsContact() {
        ContactId ann = contact("Ann");
        links.link("CT1", ann);

        contacts.delete(ann);

        assertThat(links.find("CT1")).isEmpty();
    }

    private ContactId contact(String firstName) {
        return contacts.create(new ContactDetails(firstName, null, null, null, null, null, null), "manual", T0).id();
    }
}
