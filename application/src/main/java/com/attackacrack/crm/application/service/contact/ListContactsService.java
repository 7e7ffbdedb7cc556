package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.in.contact.ContactListQuery;
import com.attackacrack.crm.application.port.in.contact.ListContactsUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.Page;

/** Reads one page of the contact list; search text that is a phone number in any spelling searches by phone. */
public final class ListContactsService implements ListContactsUseCase {

    private final ContactRepository contacts;
    private final PhoneSearch phoneSearch;

    public ListContactsService(ContactRepository contacts, PhoneNormaliser phones) {
        this.contacts = contacts;
        this.phoneSearch = new PhoneSearch(phones);
    }

    @Override
    public Page<ContactSummary> list(ContactListQuery query) {
        return contacts.list(phoneSearch.resolve(query.filter()), query.sort(), query.page());
    }
}
