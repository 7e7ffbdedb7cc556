package com.attackacrack.crm.domain.contact;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.LocalDate;

/**
 * What the contact list shows: free-text search (name or email; {@code phone} is set instead when the text is a
 * phone number in any spelling) and filters. Null means "any".
 */
public record ContactFilter(String text, PhoneNumber phone, Boolean hasEmail, Boolean hasProperty, Boolean optedOut,
                            String leadSource, Boolean customer, LocalDate createdFrom, LocalDate createdTo) {

    public static final int MAX_TEXT = 200;

    public ContactFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw BusinessRuleException.invalid("Search text must be at most " + MAX_TEXT + " characters");
        }
        leadSource = leadSource == null || leadSource.isBlank() ? null : leadSource.strip();
        if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
            throw BusinessRuleException.invalid("'Created to' is before 'created from'");
        }
    }

    public static ContactFilter none() {
        return new ContactFilter(null, null, null, null, null, null, null, null, null);
    }
}
