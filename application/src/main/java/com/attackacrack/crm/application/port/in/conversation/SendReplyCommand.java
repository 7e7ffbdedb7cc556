package com.attackacrack.crm.application.port.in.conversation;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.user.UserId;
import java.util.Objects;

/** A text typed into a conversation thread by a user, to send to the contact. */
public record SendReplyCommand(ContactId contact, String body, UserId sentBy) {

    public SendReplyCommand {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(sentBy, "sentBy");
    }
}
