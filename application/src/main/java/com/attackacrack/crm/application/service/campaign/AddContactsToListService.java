package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.AddContactsToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import java.time.Clock;

/** Adds selected contacts to a list in one transaction and reads the list back for its new member count. */
public final class AddContactsToListService implements AddContactsToListUseCase {

    private final CampaignListRepository lists;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AddContactsToListService(CampaignListRepository lists, TransactionRunner transactions, Clock clock) {
        this.lists = lists;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ListAddition add(ListMembersCommand command) {
        return transactions.inTransaction(() -> {
            CampaignLists.require(lists, command.list());
            long added = lists.addMembers(command.list(), command.contacts(), clock.instant());
            return new ListAddition(CampaignLists.require(lists, command.list()), added);
        });
    }
}
