package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.Objects;

/** A contact that has a conversation in the CRM, with the phone number its texts and calls go to. */
public record KnownConversation(ContactId contact, PhoneNumber phone) {

    public KnownConversation {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(phone, "phone");
    }
}
