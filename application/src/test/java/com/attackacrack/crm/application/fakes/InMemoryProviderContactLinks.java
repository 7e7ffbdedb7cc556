package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ProviderContactLinks;
import com.attackacrack.crm.domain.contact.ContactId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link ProviderContactLinks}: a map from the provider's contact id to the CRM contact. */
public final class InMemoryProviderContactLinks implements ProviderContactLinks {

    private final Map<String, ContactId> links = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ContactId> find(String providerContactId) {
        return Optional.ofNullable(links.get(providerContactId));
    }

    @Override
    public synchronized void link(String providerContactId, ContactId contact) {
        links.put(providerContactId, contact);
    }

    @Override
    public synchronized boolean unlink(String providerContactId) {
        return links.remove(providerContactId) != null;
    }

    /** Every link. */
    public synchronized Map<String, ContactId> links() {
        return Map.copyOf(links);
    }
}
