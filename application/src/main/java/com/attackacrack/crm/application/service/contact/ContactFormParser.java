package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.in.contact.ContactForm;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.service.form.FieldProblems;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * Turns a {@link ContactForm} into checked {@link ContactDetails}, or an InvalidFieldsException naming every bad
 * field (keys are the form's component names; "name" for a contact with no name, phone or email).
 */
final class ContactFormParser {

    static final String NAME = "name";
    private static final String PLACEHOLDER = "x";

    private final PhoneNormaliser phones;
    private final Clock clock;

    ContactFormParser(PhoneNormaliser phones, Clock clock) {
        this.phones = phones;
        this.clock = clock;
    }

    ContactDetails parse(ContactForm form) {
        FieldProblems problems = new FieldProblems();
        check(problems, "firstName", () -> new ContactDetails(form.firstName(), PLACEHOLDER, null, null, null, null, null));
        check(problems, "lastName", () -> new ContactDetails(PLACEHOLDER, form.lastName(), null, null, null, null, null));
        PhoneNumber phone = problems.parse("phone", form.phone(), phones::normalise);
        EmailAddress email = problems.parse("email", form.email(), EmailAddress::parse);
        check(problems, "leadSource", () -> new ContactDetails(PLACEHOLDER, null, null, null, form.leadSource(), null,
                null));
        LocalDate customerSince = problems.parse("customerSince", form.customerSince(), this::customerSince);
        check(problems, "notes", () -> new ContactDetails(PLACEHOLDER, null, null, null, null, null, form.notes()));
        problems.throwIfAny();
        try {
            return new ContactDetails(form.firstName(), form.lastName(), phone, email, form.leadSource(), customerSince,
                    form.notes());
        } catch (BusinessRuleException e) {
            problems.add(NAME, e.getMessage());
            problems.throwIfAny();
            throw e;
        }
    }

    private LocalDate customerSince(String raw) {
        LocalDate date;
        try {
            date = LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.invalid("Customer since must be a date such as 2024-03-31, was '" + raw + "'");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw BusinessRuleException.invalid("Customer since cannot be in the future (" + raw + ")");
        }
        return date;
    }

    private static void check(FieldProblems problems, String field, Supplier<Object> construction) {
        try {
            construction.get();
        } catch (BusinessRuleException e) {
            problems.add(field, e.getMessage());
        }
    }
}
