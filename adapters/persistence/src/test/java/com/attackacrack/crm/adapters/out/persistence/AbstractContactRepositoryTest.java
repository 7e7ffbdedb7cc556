package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ContactRepository} must show; subclasses supply empty repositories (contacts and the
 * properties they link to) and two ways to change what the port cannot: opt-out state and last activity.
 */
abstract class AbstractContactRepositoryTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");

    private static final int RACE_ROUNDS = 10;

    protected ContactRepository contacts;
    protected PropertyRepository properties;
    protected TransactionRunner transactions;

    /** Empty repositories for one test; the property repository links to the contact repository's contacts. */
    protected abstract void givenEmptyRepositories();

    protected abstract ContactRepository contactRepository();

    protected abstract PropertyRepository propertyRepository();

    protected abstract TransactionRunner transactionRunner();

    /** Records that the contact opted out (the port has no method for it yet). */
    protected abstract void optOut(ContactId id, OptOut optOut);

    /** Sets the contact's last activity time (the port has no method for it yet). */
    protected abstract void recordActivity(ContactId id, Instant at);

    @BeforeEach
    void setUp() {
        givenEmptyRepositories();
        contacts = contactRepository();
        properties = propertyRepository();
        transactions = transactionRunner();
    }

    // ---- create, find, update, delete ----

    @Test
    void createdContactKeepsEveryFieldAndIsFoundById() {
        ContactDetails details = new ContactDetails("Ann", "Archer", phone("+16175550123"), email("ann@example.com"),
                "Door knock", LocalDate.of(2024, 5, 6), "Prefers texts");

        Contact created = contacts.create(details, "manual", T0);

        assertThat(created.details()).isEqualTo(details);
        assertThat(created.source()).isEqualTo("manual");
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.updatedAt()).isEqualTo(T0);
        assertThat(created.lastActivityAt()).isEqualTo(T0);
        assertThat(created.optedOut()).isEmpty();
        assertThat(contacts.findById(created.id())).contains(created);
        assertThat(contacts.findById(new ContactId(created.id().value() + 1000))).isEmpty();
    }

    @Test
    void aContactIsFoundByItsPhone() {
        Contact ann = contacts.create(person("Ann", "Archer", "+16175550123", "ann@example.com"), "manual", T0);
        contacts.create(person("Bob", "Baker", "+16175550124", null), "manual", T0);

        assertThat(contacts.findByPhone(phone("+16175550123"))).contains(ann);
        assertThat(contacts.findByPhone(phone("+16175550199"))).isEmpty();
    }

    @Test
    void eachContactGetsItsOwnIdAndContactsWithoutPhoneOrEmailDoNotCollide() {
        Contact ann = contacts.create(named("Ann", "Archer"), "manual", T0);
        Contact otherAnn = contacts.create(named("Ann", "Archer"), "manual", T0);

        assertThat(ann.id()).isNotEqualTo(otherAnn.id());
    }

    @Test
    void aTakenPhoneIsRefusedNamingTheContactThatHasIt() {
        Contact ann = contacts.create(person("Ann", "Archer", "+16175550123", "ann@example.com"), "manual", T0);

        assertThatThrownBy(() -> contacts.create(person("Bob", "Baker", "+16175550123", null), "manual", T0))
                .isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                    assertThat(e.field()).isEqualTo(DuplicateContactException.Field.PHONE);
                    assertThat(e.existing()).isEqualTo(ann.id());
                    assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
                });
        assertThat(contacts.list(ContactFilter.none(), ContactSort.CREATED_DESC, PageRequest.first()).total())
                .isEqualTo(1);
    }

    @Test
    void aTakenEmailIsRefusedNamingTheContactThatHasIt() {
        Contact ann = contacts.create(person("Ann", "Archer", null, "ann@example.com"), "manual", T0);

        assertThatThrownBy(() -> contacts.create(person("Bob", "Baker", "+16175550199", "ann@example.com"), "import",
                T0)).isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                    assertThat(e.field()).isEqualTo(DuplicateContactException.Field.EMAIL);
                    assertThat(e.existing()).isEqualTo(ann.id());
                });
    }

    @Test
    void whenBothAreTakenThePhoneIsReported() {
        Contact byPhone = contacts.create(person("Ann", "Archer", "+16175550123", null), "manual", T0);
        contacts.create(person("Bob", "Baker", null, "bob@example.com"), "manual", T0);

        assertThatThrownBy(() -> contacts.create(person("Cat", "Cole", "+16175550123", "bob@example.com"), "manual",
                T0)).isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                    assertThat(e.field()).isEqualTo(DuplicateContactException.Field.PHONE);
                    assertThat(e.existing()).isEqualTo(byPhone.id());
                });
    }

    @Test
    void twoConcurrentCreatesOfTheSamePhoneLetExactlyOneWin() throws Exception {
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String phone = "+1617555010" + round;

            List<TwoAtOnce.Outcome<Contact>> outcomes = TwoAtOnce.run(
                    () -> contacts.create(person("Race", "Runner", phone, null), "manual", T0));

            Contact winner = outcomes.stream().filter(o -> o.result() != null).map(TwoAtOnce.Outcome::result)
                    .findFirst().orElseThrow();
            assertThat(outcomes).filteredOn(o -> o.result() != null).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.failure() != null).singleElement()
                    .satisfies(o -> assertThat(o.failure()).isInstanceOfSatisfying(DuplicateContactException.class,
                            e -> assertThat(e.existing()).isEqualTo(winner.id())));
        }
        assertThat(contacts.list(ContactFilter.none(), ContactSort.CREATED_DESC, PageRequest.first()).total())
                .isEqualTo(RACE_ROUNDS);
    }

    @Test
    void aDuplicateLeavesTheCallersTransactionUsable() {
        Contact bob = transactions.inTransaction(() -> {
            contacts.create(person("Ann", "Archer", "+16175550123", null), "manual", T0);
            assertThatThrownBy(() -> contacts.create(person("Ann", "Again", "+16175550123", null), "manual", T0))
                    .isInstanceOf(DuplicateContactException.class);
            Contact created = contacts.create(person("Bob", "Baker", "+16175550124", null), "manual", T0);
            assertThatThrownBy(() -> contacts.update(created.id(), person("Bob", "Baker", "+16175550123", null), T0))
                    .isInstanceOf(DuplicateContactException.class);
            return contacts.create(person("Bob", "Baker", "+16175550125", null), "manual", T0);
        });

        assertThat(contacts.findById(bob.id())).isPresent();
        assertThat(contacts.list(ContactFilter.none(), ContactSort.CREATED_DESC, PageRequest.first()).total())
                .isEqualTo(3);
    }

    @Test
    void updateChangesTheDetailsAndUpdatedAtButNotCreationSourceOrActivity() {
        Contact ann = contacts.create(person("Ann", "Archer", "+16175550123", "ann@example.com"), "import", T0);
        ContactDetails changed = new ContactDetails("Anne", "Archer-Smith", phone("+16175550999"), null, "Referral",
                LocalDate.of(2025, 1, 2), "Moved");

        Contact updated = contacts.update(ann.id(), changed, T0.plusSeconds(60));

        assertThat(updated.details()).isEqualTo(changed);
        assertThat(updated.source()).isEqualTo("import");
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(updated.lastActivityAt()).isEqualTo(T0);
        assertThat(contacts.findById(ann.id())).contains(updated);
    }

    @Test
    void updateMayKeepTheContactsOwnPhoneAndEmail() {
        Contact ann = contacts.create(person("Ann", "Archer", "+16175550123", "ann@example.com"), "manual", T0);

        Contact updated = contacts.update(ann.id(), person("Annie", "Archer", "+16175550123", "ann@example.com"), T0);

        assertThat(updated.details().firstName()).isEqualTo("Annie");
    }

    @Test
    void updateToAnotherContactsPhoneOrEmailIsRefusedAndChangesNothing() {
        Contact ann = contacts.create(person("Ann", "Archer", "+16175550123", "ann@example.com"), "manual", T0);
        Contact bob = contacts.create(person("Bob", "Baker", "+16175550124", "bob@example.com"), "manual", T0);

        assertThatThrownBy(() -> contacts.update(bob.id(), person("Bob", "Baker", "+16175550123", null), T0))
                .isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                    assertThat(e.field()).isEqualTo(DuplicateContactException.Field.PHONE);
                    assertThat(e.existing()).isEqualTo(ann.id());
                });
        assertThatThrownBy(() -> contacts.update(bob.id(), person("Bob", "Baker", null, "ann@example.com"), T0))
                .isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                    assertThat(e.field()).isEqualTo(DuplicateContactException.Field.EMAIL);
                    assertThat(e.existing()).isEqualTo(ann.id());
                });
        assertThat(contacts.findById(bob.id())).contains(bob);
    }

    @Test
    void updateOfAnUnknownContactIsNotFound() {
        assertThatThrownBy(() -> contacts.update(new ContactId(999), named("Ann", "Archer"), T0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }

    @Test
    void deleteRemovesTheContactAndItsPropertyLinksButNotTheProperties() {
        Contact ann = contacts.create(named("Ann", "Archer"), "manual", T0);
        Property house = properties.create(property("1 Main St"), "manual", T0);
        properties.link(house.id(), ann.id(), Relationship.PRIMARY_OWNER, T0);

        assertThat(contacts.delete(ann.id())).isTrue();

        assertThat(contacts.findById(ann.id())).isEmpty();
        assertThat(properties.contactsOf(house.id())).isEmpty();
        assertThat(properties.propertiesOf(ann.id())).isEmpty();
        assertThat(properties.findById(house.id())).isPresent();
        assertThat(contacts.delete(ann.id())).isFalse();
    }

    // ---- list: sorts, paging, totals ----

    @Test
    void listDefaultsToNewestFirstAndEverySortIsStable() {
        Contact bob = contacts.create(person("Bob", "archer", null, null), "manual", T0.plusSeconds(1));
        Contact ann = contacts.create(person("Ann", "Archer", null, null), "manual", T0.plusSeconds(3));
        Contact cat = contacts.create(person("Cat", "Baker", null, null), "manual", T0.plusSeconds(2));
        Contact twin = contacts.create(person("Cat", "Baker", null, null), "manual", T0.plusSeconds(2));
        Contact phoneOnly = contacts.create(person(null, null, "+16175550100", null), "manual", T0);
        recordActivity(bob.id(), T0.plusSeconds(100));
        recordActivity(phoneOnly.id(), T0.plusSeconds(50));

        assertThat(ids(ContactSort.CREATED_DESC)).containsExactly(ann.id(), twin.id(), cat.id(), bob.id(),
                phoneOnly.id());
        assertThat(ids(ContactSort.CREATED_ASC)).containsExactly(phoneOnly.id(), bob.id(), cat.id(), twin.id(),
                ann.id());
        assertThat(ids(ContactSort.NAME_ASC)).as("last name, first name ignoring case, unnamed last")
                .containsExactly(ann.id(), bob.id(), cat.id(), twin.id(), phoneOnly.id());
        assertThat(ids(ContactSort.NAME_DESC)).as("Z-A, unnamed still last, ties newest id first")
                .containsExactly(twin.id(), cat.id(), bob.id(), ann.id(), phoneOnly.id());
        assertThat(ids(ContactSort.LAST_ACTIVITY_DESC)).containsExactly(bob.id(), phoneOnly.id(), ann.id(),
                twin.id(), cat.id());
    }

    @Test
    void pagesSplitTheOrderAndCarryTheFilteredTotal() {
        List<ContactId> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(contacts.create(named("Person", "Number" + i), "manual", T0.plusSeconds(i)).id());
        }
        List<ContactId> newestFirst = created.reversed();

        Page<ContactSummary> second = contacts.list(ContactFilter.none(), ContactSort.CREATED_DESC,
                new PageRequest(2, 3));
        Page<ContactSummary> last = contacts.list(ContactFilter.none(), ContactSort.CREATED_DESC,
                new PageRequest(3, 3));
        Page<ContactSummary> beyond = contacts.list(ContactFilter.none(), ContactSort.CREATED_DESC,
                new PageRequest(9, 3));

        assertThat(second.rows()).extracting(row -> row.contact().id()).containsExactlyElementsOf(newestFirst.subList(3, 6));
        assertThat(second.total()).isEqualTo(7);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(last.rows()).extracting(row -> row.contact().id()).containsExactly(newestFirst.get(6));
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void eachRowCarriesItsPropertyCount() {
        Contact ann = contacts.create(named("Ann", "Archer"), "manual", T0);
        Contact bob = contacts.create(named("Bob", "Baker"), "manual", T0);
        Property one = properties.create(property("1 Main St"), "manual", T0);
        Property two = properties.create(property("2 Main St"), "manual", T0);
        properties.link(one.id(), ann.id(), Relationship.PRIMARY_OWNER, T0);
        properties.link(two.id(), ann.id(), Relationship.TENANT, T0);

        List<ContactSummary> rows = contacts.list(ContactFilter.none(), ContactSort.NAME_ASC, PageRequest.first())
                .rows();

        assertThat(rows).extracting(row -> row.contact().id(), ContactSummary::propertyCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ann.id(), 2),
                        org.assertj.core.groups.Tuple.tuple(bob.id(), 0));
    }

    // ---- filters ----

    @Test
    void textSearchFindsFragmentsOfNameOrEmailIgnoringCase() {
        Contact ann = contacts.create(person("Ann", "Archer", null, "ann.archer@example.com"), "manual", T0);
        Contact bob = contacts.create(person("Bob", "Baker", null, "bob@bakery.net"), "manual", T0);
        contacts.create(person("Cat", "Cole", "+16175550123", null), "manual", T0);

        assertThat(ids(filter().text("arch"))).containsExactly(ann.id());
        assertThat(ids(filter().text("ANN ARCH"))).as("across first and last name").containsExactly(ann.id());
        assertThat(ids(filter().text("bakery.n"))).as("email fragment").containsExactly(bob.id());
        assertThat(ids(filter().text("er"))).as("two letters").containsExactlyInAnyOrder(ann.id(), bob.id());
        assertThat(ids(filter().text("nobody"))).isEmpty();
        assertThat(contacts.list(filter().text("a").build(), ContactSort.NAME_ASC, PageRequest.first()).total())
                .isEqualTo(3);
    }

    @Test
    void textSearchTakesLikeWildcardsLiterally() {
        Contact percent = contacts.create(named("100%", "Club"), "manual", T0);
        contacts.create(named("100", "Club"), "manual", T0);
        Contact underscore = contacts.create(person(null, null, null, "a_b@example.com"), "manual", T0);
        contacts.create(person(null, null, null, "axb@example.com"), "manual", T0);

        assertThat(ids(filter().text("100%"))).containsExactly(percent.id());
        assertThat(ids(filter().text("a_b"))).containsExactly(underscore.id());
    }

    @Test
    void phoneFilterMatchesExactly() {
        Contact ann = contacts.create(person("Ann", "Archer", "+16175550123", null), "manual", T0);
        contacts.create(person("Bob", "Baker", "+16175550124", null), "manual", T0);

        assertThat(ids(filter().phone("+16175550123"))).containsExactly(ann.id());
        assertThat(ids(filter().phone("+16175550999"))).isEmpty();
    }

    @Test
    void hasEmailHasPropertyOptedOutCustomerAndLeadSourceFilters() {
        Contact withEverything = contacts.create(new ContactDetails("Ann", "Archer", null, email("ann@example.com"),
                "Door knock", LocalDate.of(2024, 1, 1), null), "manual", T0);
        Contact bare = contacts.create(new ContactDetails("Bob", "Baker", phone("+16175550124"), null, "Referral",
                null, null), "manual", T0);
        Contact optedOut = contacts.create(new ContactDetails("Cat", "Cole", phone("+16175550125"), null, null, null,
                null), "manual", T0);
        optOut(optedOut.id(), new OptOut("STOP keyword", T0.plusSeconds(5)));
        Property house = properties.create(property("1 Main St"), "manual", T0);
        properties.link(house.id(), withEverything.id(), Relationship.PRIMARY_OWNER, T0);

        assertThat(ids(filter().hasEmail(true))).containsExactly(withEverything.id());
        assertThat(ids(filter().hasEmail(false))).containsExactly(bare.id(), optedOut.id());
        assertThat(ids(filter().hasProperty(true))).containsExactly(withEverything.id());
        assertThat(ids(filter().hasProperty(false))).containsExactly(bare.id(), optedOut.id());
        assertThat(ids(filter().optedOut(true))).containsExactly(optedOut.id());
        assertThat(ids(filter().optedOut(false))).containsExactly(withEverything.id(), bare.id());
        assertThat(ids(filter().customer(true))).containsExactly(withEverything.id());
        assertThat(ids(filter().customer(false))).containsExactly(bare.id(), optedOut.id());
        assertThat(ids(filter().leadSource("Referral"))).containsExactly(bare.id());
        assertThat(ids(filter().leadSource("referral"))).as("ignoring case").containsExactly(bare.id());
        assertThat(ids(filter().leadSource("Cold call"))).isEmpty();
        assertThat(ids(filter().hasEmail(false).optedOut(false))).as("filters combine").containsExactly(bare.id());
        assertThat(contacts.findById(optedOut.id()).orElseThrow().optedOut())
                .contains(new OptOut("STOP keyword", T0.plusSeconds(5)));
    }

    @Test
    void createdRangeIncludesBothWholeDaysInUtc() {
        Contact before = contacts.create(named("A", "Before"), "manual", Instant.parse("2025-03-01T23:59:59Z"));
        Contact first = contacts.create(named("B", "First"), "manual", Instant.parse("2025-03-02T00:00:00Z"));
        Contact last = contacts.create(named("C", "Last"), "manual", Instant.parse("2025-03-03T23:59:59.999999Z"));
        Contact after = contacts.create(named("D", "After"), "manual", Instant.parse("2025-03-04T00:00:00Z"));

        assertThat(ids(filter().created(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 3))))
                .containsExactly(first.id(), last.id());
        assertThat(ids(filter().created(LocalDate.of(2025, 3, 3), null))).containsExactly(last.id(), after.id());
        assertThat(ids(filter().created(null, LocalDate.of(2025, 3, 1)))).containsExactly(before.id());
    }

    // ---- export ----

    @Test
    void exportStreamsEveryMatchingRowInTheListOrder() {
        List<ContactId> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(contacts.create(person("Person", "Number" + (100 + i), null,
                    i % 2 == 0 ? "p" + i + "@example.com" : null), "manual", T0.plusSeconds(i)).id());
        }
        List<ContactSummary> streamed = new ArrayList<>();

        long count = contacts.export(filter().hasEmail(true).build(), ContactSort.NAME_DESC, streamed::add);

        assertThat(count).isEqualTo(13);
        List<ContactId> expected = new ArrayList<>();
        for (int i = 24; i >= 0; i -= 2) {
            expected.add(created.get(i));
        }
        assertThat(streamed).extracting(row -> row.contact().id()).containsExactlyElementsOf(expected);
        assertThat(streamed).extracting(row -> row.contact().id()).containsExactlyElementsOf(
                contacts.list(filter().hasEmail(true).build(), ContactSort.NAME_DESC, PageRequest.first()).rows()
                        .stream().map(row -> row.contact().id()).toList());
    }

    // ---- helpers ----

    List<ContactId> ids(ContactSort sort) {
        return contacts.list(ContactFilter.none(), sort, PageRequest.first()).rows().stream()
                .map(row -> row.contact().id()).toList();
    }

    /** The ids matching the filter, oldest first (then by id). */
    List<ContactId> ids(FilterBuilder filter) {
        return contacts.list(filter.build(), ContactSort.CREATED_ASC, PageRequest.first()).rows().stream()
                .map(row -> row.contact().id()).toList();
    }

    static FilterBuilder filter() {
        return new FilterBuilder();
    }

    static ContactDetails named(String first, String last) {
        return new ContactDetails(first, last, null, null, null, null, null);
    }

    static ContactDetails person(String first, String last, String phone, String email) {
        return new ContactDetails(first, last, phone == null ? null : phone(phone), email == null ? null : email(email),
                null, null, null);
    }

    static PhoneNumber phone(String e164) {
        return new PhoneNumber(e164);
    }

    static EmailAddress email(String value) {
        return new EmailAddress(value);
    }

    static PropertyDetails property(String street) {
        return new PropertyDetails(new Address(street, "Boston", "MA", "02118"), null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Builds a {@link ContactFilter} one criterion at a time. */
    static final class FilterBuilder {
        private String text;
        private PhoneNumber phone;
        private Boolean hasEmail;
        private Boolean hasProperty;
        private Boolean optedOut;
        private String leadSource;
        private Boolean customer;
        private LocalDate createdFrom;
        private LocalDate createdTo;

        FilterBuilder text(String value) {
            text = value;
            return this;
        }

        FilterBuilder phone(String e164) {
            phone = new PhoneNumber(e164);
            return this;
        }

        FilterBuilder hasEmail(boolean value) {
            hasEmail = value;
            return this;
        }

        FilterBuilder hasProperty(boolean value) {
            hasProperty = value;
            return this;
        }

        FilterBuilder optedOut(boolean value) {
            optedOut = value;
            return this;
        }

        FilterBuilder leadSource(String value) {
            leadSource = value;
            return this;
        }

        FilterBuilder customer(boolean value) {
            customer = value;
            return this;
        }

        FilterBuilder created(LocalDate from, LocalDate to) {
            createdFrom = from;
            createdTo = to;
            return this;
        }

        ContactFilter build() {
            return new ContactFilter(text, phone, hasEmail, hasProperty, optedOut, leadSource, customer, createdFrom,
                    createdTo);
        }
    }
}
