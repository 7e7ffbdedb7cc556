package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.ProviderContactLinks;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.conversation.ProviderContact;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a change to a contact in OpenPhone's address book to the CRM contact it matches (linked before, else by
 * phone): fills only the CRM's blank names and email and names an "Unknown caller"; a deletion there unlinks and
 * leaves a note, never deleting the CRM contact. Provider contacts that match no CRM contact are not imported.
 */
final class ProviderContactSync {

    static final int MAX_NOTES = 10_000;
    private static final int MAX_NAME = 100;

    private final ContactRepository contacts;
    private final ProviderContactLinks links;
    private final PhoneNormaliser phones;

    ProviderContactSync(ContactRepository contacts, ProviderContactLinks links, PhoneNormaliser phones) {
        this.contacts = contacts;
        this.links = links;
        this.phones = phones;
    }

    void updated(ProviderContact provider, Instant now) {
        Optional<Contact> match = linked(provider.providerId()).or(() -> byPhone(provider));
        if (match.isEmpty()) {
            return;
        }
        Contact contact = match.get();
        links.link(provider.providerId(), contact.id());
        ContactDetails current = contact.details();
        ContactDetails named = withNames(current, provider);
        ContactDetails filled = withEmail(named, provider);
        if (filled.equals(current)) {
            return;
        }
        try {
            contacts.update(contact.id(), filled, now);
        } catch (DuplicateContactException e) {
            if (e.field() != DuplicateContactException.Field.EMAIL) {
                throw e;
            }
            // The provider's email belongs to another CRM contact: keep the names, leave the email blank.
            if (!named.equals(current)) {
                contacts.update(contact.id(), named, now);
            }
        }
    }

    void deleted(ProviderContact provider, Instant now) {
        Optional<ContactId> linked = links.find(provider.providerId());
        if (!links.unlink(provider.providerId()) || linked.isEmpty()) {
            return;
        }
        Optional<Contact> contact = contacts.findById(linked.get());
        if (contact.isEmpty()) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(provider.updatedAt() == null ? now : provider.updatedAt(), ZoneOffset.UTC);
        String line = "Deleted from OpenPhone's contacts on " + day + "; kept in the CRM.";
        ContactDetails d = contact.get().details();
        String notes = d.notes() == null ? line : d.notes() + "\n" + line;
        if (notes.length() > MAX_NOTES) {
            return;
        }
        contacts.update(contact.get().id(), new ContactDetails(d.firstName(), d.lastName(), d.phone(), d.email(),
                d.leadSource(), d.customerSince(), notes), now);
    }

    private Optional<Contact> linked(String providerId) {
        return links.find(providerId).flatMap(contacts::findById);
    }

    private Optional<Contact> byPhone(ProviderContact provider) {
        return provider.phones().stream()
                .map(phones::tryNormalise).flatMap(Optional::stream)
                .map(contacts::findByPhone).flatMap(Optional::stream)
                .findFirst();
    }

    private static ContactDetails withNames(ContactDetails d, ProviderContact provider) {
        String first = name(provider.firstName());
        String last = name(provider.lastName());
        boolean unknownCaller = CallerContacts.UNKNOWN_CALLER.equals(d.firstName()) && d.lastName() == null;
        if (unknownCaller && (first != null || last != null)) {
            return new ContactDetails(first, last, d.phone(), d.email(), d.leadSource(), d.customerSince(), d.notes());
        }
        return new ContactDetails(Objects.requireNonNullElse(d.firstName(), first == null ? "" : first),
                Objects.requireNonNullElse(d.lastName(), last == null ? "" : last), d.phone(), d.email(),
                d.leadSource(), d.customerSince(), d.notes());
    }

    private static ContactDetails withEmail(ContactDetails d, ProviderContact provider) {
        if (d.email() != null) {
            return d;
        }
        Optional<EmailAddress> email = provider.emails().stream().map(ProviderContactSync::email)
                .flatMap(Optional::stream).findFirst();
        return email.map(e -> new ContactDetails(d.firstName(), d.lastName(), d.phone(), e, d.leadSource(),
                d.customerSince(), d.notes())).orElse(d);
    }

    /** The provider's name when it fits the CRM's field, else null (never an error: it is someone else's data). */
    private static String name(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > MAX_NAME ? null : trimmed;
    }

    private static Optional<EmailAddress> email(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmailAddress.parse(raw));
        } catch (BusinessRuleException e) {
            return Optional.empty();
        }
    }
}
