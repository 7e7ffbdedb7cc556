package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.contact.ContactForm;
import com.attackacrack.crm.application.port.in.contact.ContactListQuery;
import com.attackacrack.crm.application.port.in.contact.CreateContactUseCase;
import com.attackacrack.crm.application.port.in.contact.DeleteContactUseCase;
import com.attackacrack.crm.application.port.in.contact.ExportContactsUseCase;
import com.attackacrack.crm.application.port.in.contact.GetContactUseCase;
import com.attackacrack.crm.application.port.in.contact.ListContactsUseCase;
import com.attackacrack.crm.application.port.in.contact.UpdateContactUseCase;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.property.LinkedProperty;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Every contact in-port over an in-memory map, recording the queries and changes it was asked for. */
public final class FakeContacts implements ListContactsUseCase, ExportContactsUseCase, GetContactUseCase, CreateContactUseCase,
        UpdateContactUseCase, DeleteContactUseCase {

    private final Map<Long, Contact> contacts = new TreeMap<>();
    private final Map<Long, List<LinkedProperty>> properties = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private ContactListQuery lastQuery;
    private long nextId = 1;
    private RuntimeException exportFailure;

    public synchronized void reset() {
        contacts.clear();
        properties.clear();
        calls.clear();
        lastQuery = null;
        nextId = 1;
        exportFailure = null;
    }

    /** The next exports fail with this after their rows. */
    public synchronized void failExportsWith(RuntimeException failure) {
        this.exportFailure = failure;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized ContactListQuery lastQuery() {
        return lastQuery;
    }

    /** Adds a contact with the given fields (phone in E.164 or null) created {@code daysAgo} before NOW. */
    public synchronized Contact add(String first, String last, String phone, String email, int daysAgo) {
        ContactDetails details = new ContactDetails(first, last, phone == null ? null : new PhoneNumber(phone),
                email == null ? null : EmailAddress.parse(email), "PropertyRadar", null, null);
        return put(details, null, FakeAccounts.NOW.minusSeconds(86_400L * daysAgo));
    }

    public synchronized Contact put(ContactDetails details, OptOut optOut, Instant created) {
        long id = nextId++;
        Contact contact = new Contact(new ContactId(id), details, optOut, null, created, created, created);
        contacts.put(id, contact);
        return contact;
    }

    public synchronized void linkProperty(ContactId id, LinkedProperty linked) {
        properties.computeIfAbsent(id.value(), it -> new ArrayList<>()).add(linked);
    }

    public synchronized Optional<Contact> find(ContactId id) {
        return Optional.ofNullable(contacts.get(id.value()));
    }

    @Override
    public synchronized Page<ContactSummary> list(ContactListQuery query) {
        lastQuery = query;
        calls.add("list");
        List<ContactSummary> matching = matching(query).toList();
        int from = (int) Math.min(query.page().offset(), matching.size());
        int to = Math.min(from + query.page().size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), query.page());
    }

    @Override
    public long export(ContactListQuery query, Consumer<ContactSummary> sink) {
        List<ContactSummary> rows;
        synchronized (this) {
            lastQuery = query;
            calls.add("export");
            rows = matching(query).toList();
        }
        rows.forEach(sink);
        RuntimeException failure;
        synchronized (this) {
            failure = exportFailure;
        }
        if (failure != null) {
            throw failure;
        }
        return rows.size();
    }

    private Stream<ContactSummary> matching(ContactListQuery query) {
        ContactFilter filter = query.filter();
        Comparator<Contact> order = switch (query.sort()) {
            case NAME_ASC -> Comparator.comparing((Contact it) -> it.displayName());
            case NAME_DESC -> Comparator.comparing((Contact it) -> it.displayName()).reversed();
            case CREATED_ASC -> Comparator.comparing(Contact::createdAt);
            default -> Comparator.comparing(Contact::createdAt).reversed();
        };
        return contacts.values().stream()
                .filter(it -> filter.text() == null || (it.displayName() + " " + it.details().email())
                        .toLowerCase(Locale.ROOT).contains(filter.text().toLowerCase(Locale.ROOT)))
                .filter(it -> filter.hasEmail() == null || filter.hasEmail() == (it.details().email() != null))
                .filter(it -> filter.customer() == null || filter.customer() == it.isCustomer())
                .sorted(order.thenComparing(it -> it.id().value()))
                .map(it -> new ContactSummary(it, properties.getOrDefault(it.id().value(), List.of()).size()));
    }

    @Override
    public synchronized ContactDetail get(ContactId id) {
        Contact contact = contacts.get(id.value());
        if (contact == null) {
            throw BusinessRuleException.notFound("No contact with id " + id);
        }
        return new ContactDetail(contact, properties.getOrDefault(id.value(), List.of()));
    }

    @Override
    public synchronized Contact create(ContactForm form) {
        calls.add("create " + form);
        ContactDetails details = details(form, null);
        return put(details, null, FakeAccounts.NOW);
    }

    @Override
    public synchronized Contact update(ContactId id, ContactForm form) {
        calls.add("update " + id + " " + form);
        Contact old = get(id).contact();
        Contact updated = new Contact(id, details(form, id), old.optOut(), old.source(), old.createdAt(), FakeAccounts.NOW,
                old.lastActivityAt());
        contacts.put(id.value(), updated);
        return updated;
    }

    @Override
    public synchronized void delete(ContactId id) {
        calls.add("delete " + id);
        get(id);
        contacts.remove(id.value());
        properties.remove(id.value());
    }

    /** Checks like the real service: digits-only phones (10 digits → +1), parsed emails and dates, one error per field. */
    private ContactDetails details(ContactForm form, ContactId self) {
        Map<String, String> problems = new LinkedHashMap<>();
        PhoneNumber phone = null;
        if (!form.phone().isBlank()) {
            String digits = form.phone().replaceAll("[^0-9]", "");
            if (digits.length() == 10) {
                phone = new PhoneNumber("+1" + digits);
            } else if (digits.length() == 11 && digits.startsWith("1")) {
                phone = new PhoneNumber("+" + digits);
            } else {
                problems.put("phone", "'" + form.phone() + "' is not a phone number.");
            }
        }
        EmailAddress email = null;
        if (!form.email().isBlank()) {
            try {
                email = EmailAddress.parse(form.email());
            } catch (BusinessRuleException e) {
                problems.put("email", e.getMessage());
            }
        }
        LocalDate since = null;
        if (!form.customerSince().isBlank()) {
            try {
                since = LocalDate.parse(form.customerSince());
            } catch (RuntimeException e) {
                problems.put("customerSince", "Use a date such as 2025-01-31.");
            }
        }
        if (form.firstName().isBlank() && form.lastName().isBlank() && phone == null && email == null && problems.isEmpty()) {
            problems.put("name", "A contact needs at least a name, a phone number or an email address");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        for (Contact other : contacts.values()) {
            if (other.id().equals(self)) {
                continue;
            }
            if (phone != null && phone.equals(other.details().phone())) {
                throw new DuplicateContactException(DuplicateContactException.Field.PHONE, phone.display(), other.id());
            }
            if (email != null && email.equals(other.details().email())) {
                throw new DuplicateContactException(DuplicateContactException.Field.EMAIL, email.value(), other.id());
            }
        }
        return new ContactDetails(form.firstName(), form.lastName(), phone, email, form.leadSource(), since, form.notes());
    }
}
