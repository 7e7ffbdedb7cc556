package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.shared.PhoneNumber;

/** An outbound text as stored for sending: its id, contact, the number it goes to, its body, status and provider id. */
public record OutboundMessage(MessageId id, ContactId contactId, PhoneNumber to, String body, MessageStatus status,
                              String providerId) {
}
