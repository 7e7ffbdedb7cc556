package com.attackacrack.crm.application.port.out;

import java.util.List;

/** The CRM's conversations whose contact has a phone number, to check against the provider's history. */
public interface KnownConversations {

    /** At most {@code limit} conversations with a phone, newest activity first. */
    List<KnownConversation> all(int limit);
}
