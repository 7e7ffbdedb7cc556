package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.List;
import java.util.Objects;

/** Selected contacts to add to or remove from a list: 1 to 10,000 ids per request (duplicates count once). */
public record ListMembersCommand(CampaignListId list, List<ContactId> contacts) {

    public static final int MAX_CONTACTS = 10_000;

    public ListMembersCommand {
        Objects.requireNonNull(list, "list");
        contacts = contacts == null ? List.of() : contacts.stream().distinct().toList();
        if (contacts.isEmpty()) {
            throw BusinessRuleException.invalid("Select at least one contact");
        }
        if (contacts.size() > MAX_CONTACTS) {
            throw BusinessRuleException.invalid("Select at most 10,000 contacts per request, was " + contacts.size());
        }
    }
}
