package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.property.CreatePropertyUseCase;
import com.attackacrack.crm.application.port.in.property.DeletePropertyUseCase;
import com.attackacrack.crm.application.port.in.property.ExportPropertiesUseCase;
import com.attackacrack.crm.application.port.in.property.GetPropertyUseCase;
import com.attackacrack.crm.application.port.in.property.LinkContactUseCase;
import com.attackacrack.crm.application.port.in.property.ListPropertiesUseCase;
import com.attackacrack.crm.application.port.in.property.PropertyForm;
import com.attackacrack.crm.application.port.in.property.PropertyListQuery;
import com.attackacrack.crm.application.port.in.property.UnlinkContactUseCase;
import com.attackacrack.crm.application.port.in.property.UpdatePropertyUseCase;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.DuplicatePropertyException;
import com.attackacrack.crm.domain.property.LinkedContact;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import com.attackacrack.crm.domain.shared.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Every property in-port over an in-memory map; links look contacts up in a {@link FakeContacts}. */
public final class FakeProperties implements ListPropertiesUseCase, ExportPropertiesUseCase, GetPropertyUseCase,
        CreatePropertyUseCase, UpdatePropertyUseCase, DeletePropertyUseCase, LinkContactUseCase, UnlinkContactUseCase {

    private final FakeContacts contacts;
    private final Map<Long, Property> properties = new TreeMap<>();
    private final Map<Long, Map<Long, Relationship>> links = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private PropertyListQuery lastQuery;
    private long nextId = 1;

    public FakeProperties(FakeContacts contacts) {
        this.contacts = contacts;
    }

    public synchronized void reset() {
        properties.clear();
        links.clear();
        calls.clear();
        lastQuery = null;
        nextId = 1;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized PropertyListQuery lastQuery() {
        return lastQuery;
    }

    public synchronized Property add(String street, String city, String zip, String apn, Long value, Integer equityPercent) {
        PropertyDetails details = new PropertyDetails(new Address(street, city, "MA", zip), "SFR", apn, 1950, 1800, 3,
                null, value, value == null ? null : value / 2, equityPercent, Boolean.TRUE, null, null, null);
        return put(details, FakeAccounts.NOW);
    }

    public synchronized Property put(PropertyDetails details, Instant created) {
        long id = nextId++;
        Property property = new Property(new PropertyId(id), details, null, created, created);
        properties.put(id, property);
        return property;
    }

    @Override
    public synchronized Page<PropertySummary> list(PropertyListQuery query) {
        lastQuery = query;
        calls.add("list");
        List<PropertySummary> matching = matching(query).toList();
        int from = (int) Math.min(query.page().offset(), matching.size());
        int to = Math.min(from + query.page().size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), query.page());
    }

    @Override
    public long export(PropertyListQuery query, Consumer<PropertySummary> sink) {
        List<PropertySummary> rows;
        synchronized (this) {
            lastQuery = query;
            calls.add("export");
            rows = matching(query).toList();
        }
        rows.forEach(sink);
        return rows.size();
    }

    private Stream<PropertySummary> matching(PropertyListQuery query) {
        String text = query.filter().text();
        Comparator<Property> order = switch (query.sort()) {
            case ADDRESS_ASC -> Comparator.comparing(it -> it.details().address().street());
            default -> Comparator.comparing(Property::createdAt).reversed();
        };
        return properties.values().stream()
                .filter(it -> text == null || it.details().address().oneLine().toLowerCase(Locale.ROOT)
                        .contains(text.toLowerCase(Locale.ROOT)))
                .sorted(order.thenComparing(it -> it.id().value()))
                .map(it -> new PropertySummary(it, links.getOrDefault(it.id().value(), Map.of()).size()));
    }

    @Override
    public synchronized PropertyDetail get(PropertyId id) {
        Property property = properties.get(id.value());
        if (property == null) {
            throw BusinessRuleException.notFound("No property with id " + id);
        }
        List<LinkedContact> linked = new ArrayList<>();
        links.getOrDefault(id.value(), Map.of()).forEach((contactId, relationship) -> contacts.find(new ContactId(contactId))
                .ifPresent(contact -> linked.add(new LinkedContact(contact, relationship))));
        return new PropertyDetail(property, linked);
    }

    @Override
    public synchronized Property create(PropertyForm form) {
        calls.add("create " + form);
        return put(details(form, null), FakeAccounts.NOW);
    }

    @Override
    public synchronized Property update(PropertyId id, PropertyForm form) {
        calls.add("update " + id + " " + form);
        Property old = get(id).property();
        Property updated = new Property(id, details(form, id), old.source(), old.createdAt(), FakeAccounts.NOW);
        properties.put(id.value(), updated);
        return updated;
    }

    @Override
    public synchronized void delete(PropertyId id) {
        calls.add("delete " + id);
        get(id);
        properties.remove(id.value());
        links.remove(id.value());
    }

    @Override
    public synchronized void link(PropertyId property, ContactId contact, Relationship relationship) {
        calls.add("link " + property + " " + contact + " " + relationship.code());
        get(property);
        Contact found = contacts.find(contact).orElseThrow(() -> BusinessRuleException.notFound("No contact with id " + contact));
        links.computeIfAbsent(property.value(), it -> new LinkedHashMap<>()).put(found.id().value(), relationship);
    }

    @Override
    public synchronized void unlink(PropertyId property, ContactId contact) {
        calls.add("unlink " + property + " " + contact);
        Map<Long, Relationship> linked = links.getOrDefault(property.value(), Map.of());
        if (!linked.containsKey(contact.value())) {
            throw BusinessRuleException.notFound("Not linked");
        }
        linked.remove(contact.value());
    }

    private PropertyDetails details(PropertyForm form, PropertyId self) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.street().isBlank()) {
            problems.put("street", "Enter the street address.");
        }
        Long value = null;
        if (!form.estimatedValue().isBlank()) {
            try {
                value = Long.parseLong(form.estimatedValue().replace(",", "").replace("$", ""));
            } catch (NumberFormatException e) {
                problems.put("estimatedValue", "Use a whole number of dollars.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        String apn = form.apn().isBlank() ? null : form.apn().strip();
        for (Property other : properties.values()) {
            if (!other.id().equals(self) && apn != null && apn.equals(other.details().apn())) {
                throw new DuplicatePropertyException(apn, other.id());
            }
        }
        Boolean ownerOccupied = form.ownerOccupied().isBlank() ? null : "yes".equals(form.ownerOccupied());
        return new PropertyDetails(new Address(form.street(), form.city(), form.state(), form.zip()), form.propertyType(), apn,
                null, null, null, null, value, null, null, ownerOccupied, null, null, null);
    }
}
