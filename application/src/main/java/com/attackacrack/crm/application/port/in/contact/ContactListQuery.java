package com.attackacrack.crm.application.port.in.contact;

import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.Objects;

/** Which contacts to list: the filter (its text may be a phone number in any spelling), the order and the page. */
public record ContactListQuery(ContactFilter filter, ContactSort sort, PageRequest page) {

    public ContactListQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
