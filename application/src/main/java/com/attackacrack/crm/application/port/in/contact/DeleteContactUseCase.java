package com.attackacrack.crm.application.port.in.contact;

import com.attackacrack.crm.domain.contact.ContactId;

/** Deletes a contact and its property links (NOT_FOUND for an unknown id). */
public interface DeleteContactUseCase {

    void delete(ContactId id);
}
