package com.attackacrack.crm.application.port.in.contact;

import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.Page;

/** One page of the contact list with the filtered total; search text that is a phone number searches by phone. */
public interface ListContactsUseCase {

    Page<ContactSummary> list(ContactListQuery query);
}
