package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyFilter;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The query audit: list and detail reads run a constant number of SQL statements whatever the page size (no N+1),
 * counted by a JDBI {@link SqlLogger} on the repositories' Jdbi. The data is written once; the tests only read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final int CONTACTS = 100;

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private JdbiContactRepository contacts;
    private JdbiPropertyRepository properties;
    private final List<Contact> created = new ArrayList<>();
    private final List<Property> houses = new ArrayList<>();

    @BeforeAll
    void givenAHundredContactsEachLinkedToProperties() {
        Jdbi jdbi = Jdbis.create(TestDatabase.shared().dataSource());
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.add(context.getRenderedSql());
            }
        });
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
        contacts = new JdbiContactRepository(jdbi);
        properties = new JdbiPropertyRepository(jdbi);
        for (int i = 0; i < CONTACTS; i++) {
            Contact contact = contacts.create(new ContactDetails("First" + i, "Last" + i,
                    new PhoneNumber("+1617555" + String.format("%04d", i)), null, null, null, null), "test",
                    T0.plusSeconds(i));
            Property house = properties.create(new PropertyDetails(new Address(i + " Main St", "Boston", "MA",
                    "02118"), "House", "APN-" + i, null, null, null, null, null, null, null, null, null, null, null),
                    "test", T0.plusSeconds(i));
            properties.link(house.id(), contact.id(), Relationship.PRIMARY_OWNER, T0);
            if (i > 0) {
                properties.link(houses.get(i - 1).id(), contact.id(), Relationship.TENANT, T0);
            }
            created.add(contact);
            houses.add(house);
        }
    }

    @BeforeEach
    void countFromHere() {
        statements.clear();
    }

    @Test
    void aContactsPageIsTwoStatementsForOneRowAndForAHundred() {
        Page<ContactSummary> one = contacts.list(ContactFilter.none(), ContactSort.NAME_ASC, new PageRequest(1, 1));
        List<String> forOne = List.copyOf(statements);
        statements.clear();
        Page<ContactSummary> hundred = contacts.list(ContactFilter.none(), ContactSort.NAME_ASC,
                new PageRequest(1, 100));
        List<String> forHundred = List.copyOf(statements);

        assertThat(one.rows()).hasSize(1);
        assertThat(hundred.rows()).hasSize(CONTACTS);
        assertThat(hundred.rows()).allSatisfy(row -> assertThat(row.propertyCount()).isPositive());
        assertThat(hundred.rows().stream().mapToInt(ContactSummary::propertyCount).sum()).isEqualTo(2 * CONTACTS - 1);
        assertThat(forOne).hasSize(2);
        assertThat(forHundred).hasSize(2);
    }

    @Test
    void aFilteredDeepContactsPageIsStillTwoStatements() {
        ContactFilter filter = new ContactFilter("last", null, null, true, false, null, null, null, null);

        Page<ContactSummary> page = contacts.list(filter, ContactSort.CREATED_DESC, new PageRequest(3, 40));

        assertThat(page.rows()).hasSize(20);
        assertThat(page.total()).isEqualTo(CONTACTS);
        assertThat(statements).hasSize(2);
    }

    @Test
    void aNameSearchPageIsOneStatementForOneRowAndForAHundredWithItsTotal() {
        ContactFilter search = new ContactFilter("last", null, null, null, null, null, null, null, null);

        Page<ContactSummary> one = contacts.list(search, ContactSort.CREATED_DESC, new PageRequest(1, 1));
        List<String> forOne = List.copyOf(statements);
        statements.clear();
        Page<ContactSummary> hundred = contacts.list(search, ContactSort.CREATED_DESC, new PageRequest(1, 100));

        assertThat(one.rows()).hasSize(1);
        assertThat(one.total()).isEqualTo(CONTACTS);
        assertThat(hundred.rows()).hasSize(CONTACTS);
        assertThat(hundred.total()).isEqualTo(CONTACTS);
        assertThat(hundred.rows().stream().mapToInt(ContactSummary::propertyCount).sum()).isEqualTo(2 * CONTACTS - 1);
        assertThat(forOne).hasSize(1);
        assertThat(statements).hasSize(1);
    }

    @Test
    void aPropertiesPageIsTwoStatementsForOneRowAndForAHundred() {
        Page<PropertySummary> one = properties.list(PropertyFilter.none(), PropertySort.ADDRESS_ASC,
                new PageRequest(1, 1));
        int forOne = statements.size();
        statements.clear();
        Page<PropertySummary> hundred = properties.list(PropertyFilter.none(), PropertySort.ADDRESS_ASC,
                new PageRequest(1, 100));

        assertThat(one.rows()).hasSize(1);
        assertThat(hundred.rows()).hasSize(CONTACTS);
        assertThat(hundred.rows().stream().mapToInt(PropertySummary::contactCount).sum()).isEqualTo(2 * CONTACTS - 1);
        assertThat(forOne).isEqualTo(2);
        assertThat(statements).hasSize(2);
    }

    @Test
    void aContactsDetailIsOneStatementForTheContactAndOneForItsProperties() {
        Contact contact = created.get(50);

        assertThat(contacts.findById(contact.id())).isPresent();
        assertThat(statements).hasSize(1);
        statements.clear();
        assertThat(properties.propertiesOf(contact.id())).hasSize(2);
        assertThat(statements).hasSize(1);
    }

    @Test
    void aPropertysDetailIsOneStatementForThePropertyAndOneForItsContacts() {
        Property house = houses.get(50);

        assertThat(properties.findById(house.id())).isPresent();
        assertThat(statements).hasSize(1);
        statements.clear();
        assertThat(properties.contactsOf(house.id())).hasSize(2);
        assertThat(statements).hasSize(1);
    }

    @Test
    void anExportIsOneStatementWhateverItStreams() {
        List<ContactSummary> rows = new ArrayList<>();

        long count = contacts.export(ContactFilter.none(), ContactSort.CREATED_ASC, rows::add);

        assertThat(count).isEqualTo(CONTACTS);
        assertThat(rows).extracting(row -> row.contact().id()).containsExactlyElementsOf(
                created.stream().map(Contact::id).toList());
        assertThat(statements).hasSize(1);
    }
}
