package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.AddImportToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;

/** Adds the contacts an import created or matched to a list. */
public final class AddImportToListService implements AddImportToListUseCase {

    private final CampaignListRepository lists;
    private final ImportRepository imports;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AddImportToListService(CampaignListRepository lists, ImportRepository imports,
                                  TransactionRunner transactions, Clock clock) {
        this.lists = lists;
        this.imports = imports;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ListAddition addImport(CampaignListId list, ImportId importId) {
        if (imports.find(importId).isEmpty()) {
            throw BusinessRuleException.notFound("No import with id " + importId);
        }
        return transactions.inTransaction(() -> {
            CampaignLists.require(lists, list);
            long added = lists.addFromImport(list, importId, clock.instant());
            return new ListAddition(CampaignLists.require(lists, list), added);
        });
    }
}
