package com.attackacrack.crm.domain.importing;

import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;

/**
 * One person found on an import row, already normalised: proper-cased names, E.164 phone, lower-case email (each
 * null when absent or invalid; the row's problems say why). {@code slot} tells the people of one row apart (1 =
 * primary, 2 = secondary); {@code relationship} is how they are tied to the row's property, null when the row has
 * no property. Lead source and notes only ever fill empty fields of an existing contact.
 */
public record ContactCandidate(int slot, String firstName, String lastName, PhoneNumber phone, EmailAddress email,
                               String leadSource, String notes, Relationship relationship) {

    public ContactCandidate {
        if (slot < 1) {
            throw new IllegalArgumentException("slot must be 1 or more, was " + slot);
        }
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        leadSource = blankToNull(leadSource);
        notes = blankToNull(notes);
        if (firstName == null && lastName == null && phone == null && email == null) {
            throw new IllegalArgumentException("a contact candidate needs a name, a phone or an email");
        }
    }

    /** Whether the candidate can be matched to an existing contact by phone or email. */
    public boolean hasKey() {
        return phone != null || email != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
