package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import java.util.Optional;

/** Which CRM contact each contact in OpenPhone's address book is linked to (one CRM contact per provider contact). */
public interface ProviderContactLinks {

    /** The linked CRM contact, if any. */
    Optional<ContactId> find(String providerContactId);

    /** Links the provider contact to the CRM contact, replacing an earlier link. */
    void link(String providerContactId, ContactId contact);

    /** Removes the link; false when there was none. */
    boolean unlink(String providerContactId);
}
