package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.application.port.in.campaign.RemoveListMembersUseCase;
import com.attackacrack.crm.application.port.out.CampaignListRepository;

/** Removes selected contacts from a list (NOT_FOUND for an unknown list). */
public final class RemoveListMembersService implements RemoveListMembersUseCase {

    private final CampaignListRepository lists;

    public RemoveListMembersService(CampaignListRepository lists) {
        this.lists = lists;
    }

    @Override
    public long remove(ListMembersCommand command) {
        CampaignLists.require(lists, command.list());
        return lists.removeMembers(command.list(), command.contacts());
    }
}
