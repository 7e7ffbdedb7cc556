package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactFilter;

/** Adds every contact the contact list's filter matches (search text that is a phone number searches by phone). */
public interface AddMatchingContactsToListUseCase {

    ListAddition addMatching(CampaignListId list, ContactFilter filter);
}
