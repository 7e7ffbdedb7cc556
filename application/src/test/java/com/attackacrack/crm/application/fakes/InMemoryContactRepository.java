package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Test fake of {@link ContactRepository}. Ids from 1; phone and email unique. Text search: case-insensitive substring
 * of "first last" or of the email; phone: exact E.164; created range: UTC dates, both ends inclusive; lead source:
 * equal ignoring case. Sorts: name = last then first name ignoring case, contacts without a name last in both
 * directions; ascending sorts break ties by id ascending, descending sorts by id descending.
 */
public final class InMemoryContactRepository implements ContactRepository {

    private final Map<ContactId, Contact> byId = new LinkedHashMap<>();
    private final PropertyContactLinks links = new PropertyContactLinks();
    private long lastId;

    @Override
    public synchronized Contact create(ContactDetails details, String source, Instant now) {
        requireUnique(details, null);
        Contact contact = new Contact(new ContactId(++lastId), details, null, source, now, now, now);
        byId.put(contact.id(), contact);
        return contact;
    }

    @Override
    public synchronized Contact update(ContactId id, ContactDetails details, Instant now) {
        Contact stored = byId.get(id);
        if (stored == null) {
            throw BusinessRuleException.notFound("No contact with id " + id);
        }
        requireUnique(details, id);
        Contact updated = new Contact(id, details, stored.optOut(), stored.source(), stored.createdAt(), now,
                stored.lastActivityAt());
        byId.put(id, updated);
        return updated;
    }

    @Override
    public synchronized boolean delete(ContactId id) {
        links.removeContact(id);
        return byId.remove(id) != null;
    }

    @Override
    public synchronized Optional<Contact> findById(ContactId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Contact> findByPhone(PhoneNumber phone) {
        return byId.values().stream().filter(c -> phone.equals(c.details().phone())).findFirst();
    }

    @Override
    public synchronized Page<ContactSummary> list(ContactFilter filter, ContactSort sort, PageRequest page) {
        List<ContactSummary> matching = matching(filter, sort);
        List<ContactSummary> rows = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(rows, matching.size(), page);
    }

    @Override
    public long export(ContactFilter filter, ContactSort sort, Consumer<ContactSummary> sink) {
        List<ContactSummary> matching;
        synchronized (this) {
            matching = matching(filter, sort);
        }
        matching.forEach(sink);
        return matching.size();
    }

    /** Test helper (no port method yet): records that the contact opted out. */
    public synchronized void optOut(ContactId id, OptOut optOut) {
        byId.computeIfPresent(id, (key, c) -> new Contact(key, c.details(), optOut, c.source(), c.createdAt(),
                c.updatedAt(), c.lastActivityAt()));
    }

    /** Test helper (no port method yet): records activity (a message, a call) at the given time. */
    public synchronized void recordActivity(ContactId id, Instant at) {
        byId.computeIfPresent(id, (key, c) -> new Contact(key, c.details(), c.optOut(), c.source(), c.createdAt(),
                c.updatedAt(), at));
    }

    PropertyContactLinks links() {
        return links;
    }

    private void requireUnique(ContactDetails details, ContactId self) {
        for (Contact other : byId.values()) {
            if (other.id().equals(self)) {
                continue;
            }
            if (details.phone() != null && details.phone().equals(other.details().phone())) {
                throw new DuplicateContactException(DuplicateContactException.Field.PHONE, details.phone().display(),
                        other.id());
            }
            if (details.email() != null && details.email().equals(other.details().email())) {
                throw new DuplicateContactException(DuplicateContactException.Field.EMAIL, details.email().value(),
                        other.id());
            }
        }
    }

    private List<ContactSummary> matching(ContactFilter filter, ContactSort sort) {
        return byId.values().stream()
                .map(contact -> new ContactSummary(contact, links.countForContact(contact.id())))
                .filter(summary -> matches(filter, summary))
                .sorted(comparator(sort))
                .toList();
    }

    private static boolean matches(ContactFilter filter, ContactSummary summary) {
        Contact contact = summary.contact();
        ContactDetails details = contact.details();
        return (filter.text() == null || textMatches(filter.text(), details))
                && (filter.phone() == null || filter.phone().equals(details.phone()))
                && (filter.hasEmail() == null || filter.hasEmail() == (details.email() != null))
                && (filter.hasProperty() == null || filter.hasProperty() == (summary.propertyCount() > 0))
                && (filter.optedOut() == null || filter.optedOut() == (contact.optOut() != null))
                && (filter.leadSource() == null || filter.leadSource().equalsIgnoreCase(details.leadSource()))
                && (filter.customer() == null || filter.customer() == contact.isCustomer())
                && (filter.createdFrom() == null || !createdOn(contact).isBefore(filter.createdFrom()))
                && (filter.createdTo() == null || !createdOn(contact).isAfter(filter.createdTo()));
    }

    private static boolean textMatches(String text, ContactDetails details) {
        String needle = text.toLowerCase(Locale.ROOT);
        String name = (Objects.toString(details.firstName(), "") + " " + Objects.toString(details.lastName(), ""))
                .strip().toLowerCase(Locale.ROOT);
        return name.contains(needle) || (details.email() != null && details.email().value().contains(needle));
    }

    private static LocalDate createdOn(Contact contact) {
        return LocalDate.ofInstant(contact.createdAt(), ZoneOffset.UTC);
    }

    private static Comparator<ContactSummary> comparator(ContactSort sort) {
        Comparator<ContactSummary> byIdAsc = Comparator.comparingLong(s -> s.contact().id().value());
        Comparator<ContactSummary> byIdDesc = byIdAsc.reversed();
        return switch (sort) {
            case NAME_ASC -> byName(Comparator.naturalOrder()).thenComparing(byIdAsc);
            case NAME_DESC -> byName(Comparator.<String>reverseOrder()).thenComparing(byIdDesc);
            case CREATED_ASC -> Comparator.comparing(ContactSummary::createdAt).thenComparing(byIdAsc);
            case CREATED_DESC -> Comparator.comparing(ContactSummary::createdAt).reversed().thenComparing(byIdDesc);
            case LAST_ACTIVITY_DESC -> Comparator.comparing((ContactSummary s) -> s.contact().lastActivityAt())
                    .reversed().thenComparing(byIdDesc);
        };
    }

    private static Comparator<ContactSummary> byName(Comparator<String> order) {
        Function<ContactSummary, String> last = s -> lower(s.contact().details().lastName());
        Function<ContactSummary, String> first = s -> lower(s.contact().details().firstName());
        return Comparator.comparing(last, Comparator.nullsLast(order))
                .thenComparing(first, Comparator.nullsLast(order));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
