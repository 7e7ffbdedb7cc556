package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.DuplicatePropertyException;
import com.attackacrack.crm.domain.property.LinkedContact;
import com.attackacrack.crm.domain.property.LinkedProperty;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyFilter;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link PropertyRepository} must show; subclasses supply empty repositories. */
abstract class AbstractPropertyRepositoryTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");

    protected PropertyRepository properties;
    protected ContactRepository contacts;
    protected TransactionRunner transactions;

    /** Empty repositories for one test; the property repository links to the contact repository's contacts. */
    protected abstract void givenEmptyRepositories();

    protected abstract PropertyRepository propertyRepository();

    protected abstract ContactRepository contactRepository();

    protected abstract TransactionRunner transactionRunner();

    @BeforeEach
    void setUp() {
        givenEmptyRepositories();
        properties = propertyRepository();
        contacts = contactRepository();
        transactions = transactionRunner();
    }

    // ---- create, find, update, delete ----

    @Test
    void createdPropertyKeepsEveryFactAndIsFoundById() {
        PropertyDetails details = new PropertyDetails(new Address("404 Main Street", "Waltham", "MA", "02451-1234"),
                "Single family", "APN-1", 1925, 1800, 3, new BigDecimal("2.5"), 650_000L, 300_000L, 46, true, false,
                false, new Address("PO Box 9", "Boston", "MA", "02118"));

        Property created = properties.create(details, "propertyradar", T0);

        assertThat(created.details()).isEqualTo(details);
        assertThat(created.source()).isEqualTo("propertyradar");
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.updatedAt()).isEqualTo(T0);
        assertThat(properties.findById(created.id())).contains(created);
        assertThat(properties.findById(new PropertyId(created.id().value() + 1000))).isEmpty();
    }

    @Test
    void aTakenApnIsRefusedNamingThePropertyThatHasItWhilePropertiesWithoutApnNeverCollide() {
        Property first = properties.create(house("1 Main St", "APN-1"), "manual", T0);
        properties.create(house("2 Main St", null), "manual", T0);
        properties.create(house("3 Main St", null), "manual", T0);

        assertThatThrownBy(() -> properties.create(house("9 Other St", "APN-1"), "manual", T0))
                .isInstanceOfSatisfying(DuplicatePropertyException.class, e -> {
                    assertThat(e.existing()).isEqualTo(first.id());
                    assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
                });
        assertThat(list(PropertyFilter.none()).total()).isEqualTo(3);
    }

    @Test
    void twoConcurrentCreatesOfTheSameApnLetExactlyOneWin() throws Exception {
        for (int round = 0; round < 5; round++) {
            String apn = "RACE-" + round;

            List<TwoAtOnce.Outcome<Property>> outcomes = TwoAtOnce.run(
                    () -> properties.create(house("1 Race St", apn), "manual", T0));

            assertThat(outcomes).filteredOn(o -> o.result() != null).hasSize(1);
            PropertyId winner = outcomes.stream().filter(o -> o.result() != null).findFirst().orElseThrow()
                    .result().id();
            assertThat(outcomes).filteredOn(o -> o.failure() != null).singleElement()
                    .satisfies(o -> assertThat(o.failure()).isInstanceOfSatisfying(DuplicatePropertyException.class,
                            e -> assertThat(e.existing()).isEqualTo(winner)));
        }
        assertThat(list(PropertyFilter.none()).total()).isEqualTo(5);
    }

    @Test
    void aDuplicateApnLeavesTheCallersTransactionUsable() {
        Property last = transactions.inTransaction(() -> {
            Property first = properties.create(house("1 Main St", "APN-1"), "manual", T0);
            Property second = properties.create(house("2 Main St", "APN-2"), "manual", T0);
            assertThatThrownBy(() -> properties.create(house("3 Main St", "APN-1"), "manual", T0))
                    .isInstanceOf(DuplicatePropertyException.class);
            assertThatThrownBy(() -> properties.update(second.id(), house("2 Main St", "APN-1"), T0))
                    .isInstanceOfSatisfying(DuplicatePropertyException.class,
                            e -> assertThat(e.existing()).isEqualTo(first.id()));
            return properties.create(house("4 Main St", "APN-4"), "manual", T0);
        });

        assertThat(properties.findById(last.id())).isPresent();
        assertThat(list(PropertyFilter.none()).total()).isEqualTo(3);
    }

    @Test
    void updateChangesTheFactsAndUpdatedAtButNotCreationOrSource() {
        Property created = properties.create(house("1 Main St", "APN-1"), "import", T0);
        PropertyDetails changed = new PropertyDetails(new Address("1 Main Street", "Newton", "MA", "02458"),
                "Condo", "APN-1B", 1990, 900, 2, new BigDecimal("1.0"), 400_000L, 100_000L, 25, false, true, true,
                null);

        Property updated = properties.update(created.id(), changed, T0.plusSeconds(60));

        assertThat(updated.details()).isEqualTo(changed);
        assertThat(updated.source()).isEqualTo("import");
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(properties.findById(created.id())).contains(updated);
    }

    @Test
    void updateToAnotherPropertysApnIsRefusedAndChangesNothingWhileItsOwnApnIsKept() {
        Property first = properties.create(house("1 Main St", "APN-1"), "manual", T0);
        Property second = properties.create(house("2 Main St", "APN-2"), "manual", T0);

        assertThatThrownBy(() -> properties.update(second.id(), house("2 Main St", "APN-1"), T0))
                .isInstanceOfSatisfying(DuplicatePropertyException.class,
                        e -> assertThat(e.existing()).isEqualTo(first.id()));
        assertThat(properties.findById(second.id())).contains(second);
        assertThat(properties.update(second.id(), house("2 Main Street", "APN-2"), T0).details().address().street())
                .isEqualTo("2 Main Street");
    }

    @Test
    void updateOfAnUnknownPropertyIsNotFound() {
        assertThatThrownBy(() -> properties.update(new PropertyId(999), house("1 Main St", null), T0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }

    @Test
    void deleteRemovesThePropertyAndItsLinksButNotTheContacts() {
        Property house = properties.create(house("1 Main St", null), "manual", T0);
        Contact ann = contacts.create(named("Ann", "Archer"), "manual", T0);
        properties.link(house.id(), ann.id(), Relationship.PRIMARY_OWNER, T0);

        assertThat(properties.delete(house.id())).isTrue();

        assertThat(properties.findById(house.id())).isEmpty();
        assertThat(properties.propertiesOf(ann.id())).isEmpty();
        assertThat(contacts.findById(ann.id())).isPresent();
        assertThat(properties.delete(house.id())).isFalse();
    }

    // ---- links ----

    @Test
    void linkingTwiceChangesTheRelationshipAndUnlinkRemovesTheLinkOnce() {
        Property house = properties.create(house("1 Main St", null), "manual", T0);
        Contact ann = contacts.create(named("Ann", "Archer"), "manual", T0);

        properties.link(house.id(), ann.id(), Relationship.TENANT, T0);
        properties.link(house.id(), ann.id(), Relationship.PRIMARY_OWNER, T0.plusSeconds(5));

        assertThat(properties.contactsOf(house.id())).containsExactly(
                new LinkedContact(ann, Relationship.PRIMARY_OWNER));
        assertThat(properties.propertiesOf(ann.id())).containsExactly(
                new LinkedProperty(house, Relationship.PRIMARY_OWNER));
        assertThat(properties.unlink(house.id(), ann.id())).isTrue();
        assertThat(properties.unlink(house.id(), ann.id())).isFalse();
        assertThat(properties.contactsOf(house.id())).isEmpty();
    }

    @Test
    void linkingAnUnknownPropertyOrContactIsNotFound() {
        Property house = properties.create(house("1 Main St", null), "manual", T0);
        Contact ann = contacts.create(named("Ann", "Archer"), "manual", T0);

        assertThatThrownBy(() -> properties.link(house.id(),
                new com.attackacrack.crm.domain.contact.ContactId(ann.id().value() + 1000), Relationship.OTHER, T0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> properties.link(new PropertyId(house.id().value() + 1000), ann.id(),
                Relationship.OTHER, T0)).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }

    @Test
    void linkedRecordsComePrimaryOwnerFirstThenSecondaryOwnerTenantOtherThenById() {
        Contact ann = contacts.create(named("Ann", "Archer"), "manual", T0);
        Property other = properties.create(house("1 Other St", null), "manual", T0);
        Property tenancy = properties.create(house("2 Rented St", null), "manual", T0);
        Property secondHome = properties.create(house("3 Shared St", null), "manual", T0);
        Property home = properties.create(house("4 Home St", null), "manual", T0);
        Property alsoOther = properties.create(house("5 Other St", null), "manual", T0);
        properties.link(alsoOther.id(), ann.id(), Relationship.OTHER, T0);
        properties.link(tenancy.id(), ann.id(), Relationship.TENANT, T0);
        properties.link(other.id(), ann.id(), Relationship.OTHER, T0);
        properties.link(secondHome.id(), ann.id(), Relationship.SECONDARY_OWNER, T0);
        properties.link(home.id(), ann.id(), Relationship.PRIMARY_OWNER, T0);

        assertThat(properties.propertiesOf(ann.id()))
                .extracting(linked -> linked.property().id(), LinkedProperty::relationship)
                .containsExactly(tuple(home.id(), Relationship.PRIMARY_OWNER),
                        tuple(secondHome.id(), Relationship.SECONDARY_OWNER),
                        tuple(tenancy.id(), Relationship.TENANT), tuple(other.id(), Relationship.OTHER),
                        tuple(alsoOther.id(), Relationship.OTHER));

        Contact bob = contacts.create(named("Bob", "Baker"), "manual", T0);
        Contact cat = contacts.create(named("Cat", "Cole"), "manual", T0);
        properties.link(home.id(), cat.id(), Relationship.TENANT, T0);
        properties.link(home.id(), bob.id(), Relationship.SECONDARY_OWNER, T0);
        assertThat(properties.contactsOf(home.id()))
                .containsExactly(new LinkedContact(ann, Relationship.PRIMARY_OWNER),
                        new LinkedContact(bob, Relationship.SECONDARY_OWNER),
                        new LinkedContact(cat, Relationship.TENANT));
    }

    // ---- list ----

    @Test
    void everySortIsStableAndPutsMissingValuesLast() {
        Property a = properties.create(facts("10 Elm St", "Boston", "02118", "House", 500_000L, 40, true), "m",
                T0.plusSeconds(1));
        Property b = properties.create(facts("2 Oak St", "arlington", "02474", "Condo", null, null, false), "m",
                T0.plusSeconds(3));
        Property c = properties.create(facts("2 oak st", "Boston", "02118", "House", 900_000L, 40, null), "m",
                T0.plusSeconds(2));
        Property d = properties.create(facts("1 Ash St", null, null, null, 500_000L, 75, true), "m",
                T0.plusSeconds(2));

        assertThat(ids(PropertySort.CREATED_DESC)).containsExactly(b.id(), d.id(), c.id(), a.id());
        assertThat(ids(PropertySort.ADDRESS_ASC)).as("street ignoring case, then id")
                .containsExactly(d.id(), a.id(), b.id(), c.id());
        assertThat(ids(PropertySort.CITY_ASC)).as("city ignoring case, then street, no city last")
                .containsExactly(b.id(), a.id(), c.id(), d.id());
        assertThat(ids(PropertySort.VALUE_DESC)).as("highest first, ties newest id first, unknown last")
                .containsExactly(c.id(), d.id(), a.id(), b.id());
        assertThat(ids(PropertySort.EQUITY_DESC)).containsExactly(d.id(), c.id(), a.id(), b.id());
    }

    @Test
    void filtersAndSearchNarrowTheListAndTheTotal() {
        Property a = properties.create(new PropertyDetails(new Address("10 Elm St", "Boston", "MA", "02118"),
                "House", "APN-777-A", null, null, null, null, null, null, 40, true, null, null, null), "m", T0);
        Property b = properties.create(facts("2 Oak Street", "Arlington", "02474", "Condo", null, 10, false), "m", T0);
        Property c = properties.create(facts("5 Elmwood Rd", "Boston", "02119", "House", null, 90, null), "m", T0);

        assertThat(ids(new PropertyFilter("elm", null, null, null, null, null, null))).containsExactly(a.id(), c.id());
        assertThat(ids(new PropertyFilter("OAK ST", null, null, null, null, null, null))).containsExactly(b.id());
        assertThat(ids(new PropertyFilter("arling", null, null, null, null, null, null))).as("city")
                .containsExactly(b.id());
        assertThat(ids(new PropertyFilter("0211", null, null, null, null, null, null))).as("zip")
                .containsExactly(a.id(), c.id());
        assertThat(ids(new PropertyFilter("777", null, null, null, null, null, null))).as("apn")
                .containsExactly(a.id());
        assertThat(ids(new PropertyFilter(null, "house", null, null, null, null, null))).as("type ignoring case")
                .containsExactly(a.id(), c.id());
        assertThat(ids(new PropertyFilter(null, null, "boston", null, null, null, null))).as("city ignoring case")
                .containsExactly(a.id(), c.id());
        assertThat(ids(new PropertyFilter(null, null, null, "02119", null, null, null))).containsExactly(c.id());
        assertThat(ids(new PropertyFilter(null, null, null, null, 10, 40, null))).as("equity range, inclusive")
                .containsExactly(a.id(), b.id());
        assertThat(ids(new PropertyFilter(null, null, null, null, 41, null, null))).containsExactly(c.id());
        assertThat(ids(new PropertyFilter(null, null, null, null, null, 10, null))).containsExactly(b.id());
        assertThat(ids(new PropertyFilter(null, null, null, null, null, null, true))).containsExactly(a.id());
        assertThat(ids(new PropertyFilter(null, null, null, null, null, null, false))).containsExactly(b.id());
        assertThat(list(new PropertyFilter("elm", "House", "Boston", null, 50, null, null)).total()).isEqualTo(1);
    }

    @Test
    void pagesSplitTheOrderAndEachRowCarriesItsContactCount() {
        List<PropertyId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(properties.create(house(i + " Main St", null), "m", T0.plusSeconds(i)).id());
        }
        Contact ann = contacts.create(named("Ann", "Archer"), "manual", T0);
        Contact bob = contacts.create(named("Bob", "Baker"), "manual", T0);
        properties.link(created.get(2), ann.id(), Relationship.PRIMARY_OWNER, T0);
        properties.link(created.get(2), bob.id(), Relationship.TENANT, T0);
        properties.link(created.get(1), bob.id(), Relationship.OTHER, T0);

        Page<PropertySummary> second = properties.list(PropertyFilter.none(), PropertySort.CREATED_DESC,
                new PageRequest(2, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.rows()).extracting(row -> row.property().id(), PropertySummary::contactCount)
                .containsExactly(tuple(created.get(2), 2), tuple(created.get(1), 1));
        assertThat(properties.list(PropertyFilter.none(), PropertySort.CREATED_DESC, new PageRequest(4, 2)).rows())
                .isEmpty();
    }

    @Test
    void exportStreamsEveryMatchingRowInTheListOrder() {
        List<PropertyId> boston = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Property created = properties.create(facts(i + " Main St", i % 3 == 0 ? "Quincy" : "Boston", null, null,
                    (long) (i % 4) * 1000, null, null), "m", T0.plusSeconds(i));
            if (i % 3 != 0) {
                boston.add(created.id());
            }
        }
        List<PropertySummary> streamed = new ArrayList<>();
        PropertyFilter inBoston = new PropertyFilter(null, null, "Boston", null, null, null, null);

        long count = properties.export(inBoston, PropertySort.VALUE_DESC, streamed::add);

        assertThat(count).isEqualTo(8);
        assertThat(streamed).extracting(row -> row.property().id()).containsExactlyInAnyOrderElementsOf(boston)
                .containsExactlyElementsOf(properties.list(inBoston, PropertySort.VALUE_DESC, PageRequest.first())
                        .rows().stream().map(row -> row.property().id()).toList());
    }

    // ---- helpers ----

    private Page<PropertySummary> list(PropertyFilter filter) {
        return properties.list(filter, PropertySort.CREATED_DESC, PageRequest.first());
    }

    private List<PropertyId> ids(PropertySort sort) {
        return properties.list(PropertyFilter.none(), sort, PageRequest.first()).rows().stream()
                .map(row -> row.property().id()).toList();
    }

    /** The ids matching the filter, in id order. */
    private List<PropertyId> ids(PropertyFilter filter) {
        return properties.list(filter, PropertySort.CREATED_DESC, PageRequest.first()).rows().stream()
                .map(row -> row.property().id()).sorted(java.util.Comparator.comparingLong(PropertyId::value))
                .toList();
    }

    static PropertyDetails house(String street, String apn) {
        return new PropertyDetails(new Address(street, "Boston", "MA", "02118"), null, apn, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    static PropertyDetails facts(String street, String city, String zip, String type, Long value, Integer equity,
                                 Boolean ownerOccupied) {
        return new PropertyDetails(new Address(street, city, "MA", zip), type, null, null, null, null, null, value,
                null, equity, ownerOccupied, null, null, null);
    }

    static ContactDetails named(String first, String last) {
        return new ContactDetails(first, last, null, null, null, null, null);
    }
}
