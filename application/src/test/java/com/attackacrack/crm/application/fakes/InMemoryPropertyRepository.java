package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.domain.contact.ContactId;
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
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Test fake of {@link PropertyRepository}, sharing its link table with the {@link InMemoryContactRepository} it is
 * built with (deleting either side removes links). Ids from 1; APN unique (exact). Text search: case-insensitive
 * substring of street, city, ZIP or APN; type and city equal ignoring case; ZIP exact; equity % bounds inclusive
 * (unknown equity never matches a bound). Sorts: address = street ignoring case; city = city ignoring case (unknown
 * last) then street; -value = estimated value, -equity = equity %, -created = created, highest first and unknown
 * last; ascending sorts break ties by id ascending, descending sorts by id descending. Linked lists: primary owner,
 * secondary owner, tenant, other, then by id.
 */
public final class InMemoryPropertyRepository implements PropertyRepository {

    private final Map<PropertyId, Property> byId = new LinkedHashMap<>();
    private final InMemoryContactRepository contacts;
    private final PropertyContactLinks links;
    private long lastId;

    public InMemoryPropertyRepository(InMemoryContactRepository contacts) {
        this.contacts = contacts;
        this.links = contacts.links();
    }

    @Override
    public synchronized Property create(PropertyDetails details, String source, Instant now) {
        requireUniqueApn(details, null);
        Property property = new Property(new PropertyId(++lastId), details, source, now, now);
        byId.put(property.id(), property);
        return property;
    }

    @Override
    public synchronized Property update(PropertyId id, PropertyDetails details, Instant now) {
        Property stored = byId.get(id);
        if (stored == null) {
            throw BusinessRuleException.notFound("No property with id " + id);
        }
        requireUniqueApn(details, id);
        Property updated = new Property(id, details, stored.source(), stored.createdAt(), now);
        byId.put(id, updated);
        return updated;
    }

    @Override
    public synchronized boolean delete(PropertyId id) {
        links.removeProperty(id);
        return byId.remove(id) != null;
    }

    @Override
    public synchronized Optional<Property> findById(PropertyId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Page<PropertySummary> list(PropertyFilter filter, PropertySort sort, PageRequest page) {
        List<PropertySummary> matching = matching(filter, sort);
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public long export(PropertyFilter filter, PropertySort sort, Consumer<PropertySummary> sink) {
        List<PropertySummary> matching;
        synchronized (this) {
            matching = matching(filter, sort);
        }
        matching.forEach(sink);
        return matching.size();
    }

    /** Unknown property or contact: NOT_FOUND, as a foreign key would refuse it. */
    @Override
    public synchronized void link(PropertyId property, ContactId contact, Relationship relationship, Instant now) {
        if (!byId.containsKey(property)) {
            throw BusinessRuleException.notFound("No property with id " + property);
        }
        if (contacts.findById(contact).isEmpty()) {
            throw BusinessRuleException.notFound("No contact with id " + contact);
        }
        links.put(property, contact, relationship);
    }

    @Override
    public synchronized boolean unlink(PropertyId property, ContactId contact) {
        return links.remove(property, contact);
    }

    @Override
    public synchronized List<LinkedProperty> propertiesOf(ContactId contact) {
        return links.propertiesOf(contact).entrySet().stream()
                .flatMap(e -> Optional.ofNullable(byId.get(e.getKey()))
                        .map(p -> new LinkedProperty(p, e.getValue())).stream())
                .sorted(Comparator.comparing(LinkedProperty::relationship)
                        .thenComparingLong(linked -> linked.property().id().value()))
                .toList();
    }

    @Override
    public synchronized List<LinkedContact> contactsOf(PropertyId property) {
        return links.contactsOf(property).entrySet().stream()
                .flatMap(e -> contacts.findById(e.getKey()).map(c -> new LinkedContact(c, e.getValue())).stream())
                .sorted(Comparator.comparing(LinkedContact::relationship)
                        .thenComparingLong(linked -> linked.contact().id().value()))
                .toList();
    }

    private void requireUniqueApn(PropertyDetails details, PropertyId self) {
        if (details.apn() == null) {
            return;
        }
        for (Property other : byId.values()) {
            if (!other.id().equals(self) && details.apn().equals(other.details().apn())) {
                throw new DuplicatePropertyException(details.apn(), other.id());
            }
        }
    }

    private List<PropertySummary> matching(PropertyFilter filter, PropertySort sort) {
        return byId.values().stream()
                .map(property -> new PropertySummary(property, links.countForProperty(property.id())))
                .filter(summary -> matches(filter, summary.property().details()))
                .sorted(comparator(sort))
                .toList();
    }

    private static boolean matches(PropertyFilter filter, PropertyDetails details) {
        Integer equity = details.equityPercent();
        return (filter.text() == null || textMatches(filter.text(), details))
                && (filter.propertyType() == null || filter.propertyType().equalsIgnoreCase(details.propertyType()))
                && (filter.city() == null || filter.city().equalsIgnoreCase(details.address().city()))
                && (filter.zip() == null || filter.zip().equals(details.address().zip()))
                && (filter.equityPercentMin() == null || (equity != null && equity >= filter.equityPercentMin()))
                && (filter.equityPercentMax() == null || (equity != null && equity <= filter.equityPercentMax()))
                && (filter.ownerOccupied() == null || filter.ownerOccupied().equals(details.ownerOccupied()));
    }

    private static boolean textMatches(String text, PropertyDetails details) {
        String needle = text.toLowerCase(Locale.ROOT);
        Address address = details.address();
        return Stream.of(address.street(), address.city(), address.zip(), details.apn())
                .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static Comparator<PropertySummary> comparator(PropertySort sort) {
        Comparator<PropertySummary> byIdAsc = Comparator.comparingLong(s -> s.property().id().value());
        Comparator<PropertySummary> byIdDesc = byIdAsc.reversed();
        Comparator<PropertySummary> byStreet = Comparator.comparing(
                s -> s.property().details().address().street().toLowerCase(Locale.ROOT));
        return switch (sort) {
            case ADDRESS_ASC -> byStreet.thenComparing(byIdAsc);
            case CITY_ASC -> Comparator.comparing((PropertySummary s) -> lower(s.property().details().address().city()),
                    Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(byStreet)
                    .thenComparing(byIdAsc);
            case VALUE_DESC -> Comparator.comparing((PropertySummary s) -> s.property().details().estimatedValue(),
                    Comparator.nullsLast(Comparator.<Long>reverseOrder())).thenComparing(byIdDesc);
            case EQUITY_DESC -> Comparator.comparing((PropertySummary s) -> s.property().details().equityPercent(),
                    Comparator.nullsLast(Comparator.<Integer>reverseOrder())).thenComparing(byIdDesc);
            case CREATED_DESC -> Comparator.comparing((PropertySummary s) -> s.property().createdAt())
                    .reversed().thenComparing(byIdDesc);
        };
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
