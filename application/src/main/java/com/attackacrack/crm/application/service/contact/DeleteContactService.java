package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.in.contact.DeleteContactUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.domain.contact.ContactId;

/** Deletes a contact and its property links (NOT_FOUND for an unknown id). */
public final class DeleteContactService implements DeleteContactUseCase {

    private final ContactRepository contacts;

    public DeleteContactService(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public void delete(ContactId id) {
        if (!contacts.delete(id)) {
            throw Contacts.notFound(id);
        }
    }
}
