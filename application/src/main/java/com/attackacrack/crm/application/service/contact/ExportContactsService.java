package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.in.contact.ContactListQuery;
import com.attackacrack.crm.application.port.in.contact.ExportContactsUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.contact.ContactSummary;
import java.util.function.Consumer;

/** Streams every contact the list's filter matches (all pages, list order) to a sink, for the CSV download. */
public final class ExportContactsService implements ExportContactsUseCase {

    private final ContactRepository contacts;
    private final PhoneSearch phoneSearch;

    public ExportContactsService(ContactRepository contacts, PhoneNormaliser phones) {
        this.contacts = contacts;
        this.phoneSearch = new PhoneSearch(phones);
    }

    @Override
    public long export(ContactListQuery query, Consumer<ContactSummary> sink) {
        return contacts.export(phoneSearch.resolve(query.filter()), query.sort(), sink);
    }
}
