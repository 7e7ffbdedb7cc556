package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.AddMatchingContactsToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.contact.PhoneSearch;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactFilter;
import java.time.Clock;
import java.util.Objects;

/** Adds every contact the contact list's filter matches, resolving phone-number search text as the list does. */
public final class AddMatchingContactsToListService implements AddMatchingContactsToListUseCase {

    private final CampaignListRepository lists;
    private final PhoneSearch phoneSearch;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AddMatchingContactsToListService(CampaignListRepository lists, PhoneNormaliser phones,
                                            TransactionRunner transactions, Clock clock) {
        this.lists = lists;
        this.phoneSearch = new PhoneSearch(phones);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ListAddition addMatching(CampaignListId list, ContactFilter filter) {
        Objects.requireNonNull(filter, "filter");
        ContactFilter resolved = phoneSearch.resolve(filter);
        return transactions.inTransaction(() -> {
            CampaignLists.require(lists, list);
            long added = lists.addMatching(list, resolved, clock.instant());
            return new ListAddition(CampaignLists.require(lists, list), added);
        });
    }
}
