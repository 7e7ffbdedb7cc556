package com.attackacrack.crm.domain.contact;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.LocalDate;

/**
 * The editable fields of a contact, checked: names and lead source at most 100 characters, notes at most 10,000,
 * and at least one of name, phone or email so that a contact can be told apart. Absent values are null.
 */
public record ContactDetails(String firstName, String lastName, PhoneNumber phone, EmailAddress email, String leadSource,
                             LocalDate customerSince, String notes) {

    private static final int MAX_SHORT = 100;
    private static final int MAX_NOTES = 10_000;

    public ContactDetails {
        firstName = clean(firstName, "First name", MAX_SHORT);
        lastName = clean(lastName, "Last name", MAX_SHORT);
        leadSource = clean(leadSource, "Lead source", MAX_SHORT);
        notes = clean(notes, "Notes", MAX_NOTES);
        if (firstName == null && lastName == null && phone == null && email == null) {
            throw BusinessRuleException.invalid("A contact needs at least a name, a phone number or an email address");
        }
    }

    private static String clean(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw BusinessRuleException.invalid(field + " must be at most " + max + " characters");
        }
        return trimmed;
    }
}
