package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ProviderContactLinks;
import com.attackacrack.crm.domain.contact.ContactId;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Links from OpenPhone contact ids to CRM contacts in {@code provider_contact_links} (V10); a link goes with its contact. */
public final class JdbiProviderContactLinks implements ProviderContactLinks {

    private final Jdbi jdbi;

    /** Links on the process's one Jdbi (so that they join {@link JdbiTransactionRunner} transactions). */
    public JdbiProviderContactLinks(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<ContactId> find(String providerContactId) {
        Objects.requireNonNull(providerContactId, "providerContactId");
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select contact_id from provider_contact_links where provider_contact_id = :id")
                .bind("id", providerContactId)
                .mapTo(Long.class)
                .findOne()
                .map(ContactId::new));
    }

    @Override
    public void link(String providerContactId, ContactId contact) {
        Objects.requireNonNull(providerContactId, "providerContactId");
        Objects.requireNonNull(contact, "contact");
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into provider_contact_links (provider_contact_id, contact_id) values (:id, :contact)
                        on conflict (provider_contact_id) do update set contact_id = excluded.contact_id
                        """)
                .bind("id", providerContactId)
                .bind("contact", contact.value())
                .execute());
    }

    @Override
    public boolean unlink(String providerContactId) {
        Objects.requireNonNull(providerContactId, "providerContactId");
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "delete from provider_contact_links where provider_contact_id = :id")
                .bind("id", providerContactId)
                .execute()) > 0;
    }
}
