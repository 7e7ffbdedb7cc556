package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.contact.ContactFilter;

/** Turns search text that is a phone number, in any spelling, into a search by that number. */
public final class PhoneSearch {

    private static final int MIN_DIGITS = 7;

    private final PhoneNormaliser phones;

    /** A search resolver using this normaliser. */
    public PhoneSearch(PhoneNormaliser phones) {
        this.phones = phones;
    }

    /** The filter searching by phone when its text has 7+ digits, no letters, and normalises; else unchanged. */
    public ContactFilter resolve(ContactFilter filter) {
        String text = filter.text();
        if (text == null || text.chars().anyMatch(Character::isLetter)
                || text.chars().filter(Character::isDigit).count() < MIN_DIGITS) {
            return filter;
        }
        return phones.tryNormalise(text)
                .map(phone -> new ContactFilter(null, phone, filter.hasEmail(), filter.hasProperty(), filter.optedOut(),
                        filter.leadSource(), filter.customer(), filter.createdFrom(), filter.createdTo()))
                .orElse(filter);
    }
}
