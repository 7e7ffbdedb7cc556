package com.attackacrack.crm.application.port.in.contact;

import com.attackacrack.crm.domain.contact.ContactSummary;
import java.util.function.Consumer;

/** Streams every contact matching the list's filter, in its order, to a sink (the CSV download); returns the count. */
public interface ExportContactsUseCase {

    long export(ContactListQuery query, Consumer<ContactSummary> sink);
}
