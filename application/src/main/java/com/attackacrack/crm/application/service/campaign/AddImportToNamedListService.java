package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.AddImportToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.AddImportToNamedListUseCase;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.ImportListAddition;
import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.application.port.in.campaign.PreparedList;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;

/**
 * Finds the list by name (ignoring case) or creates it before an import runs, then adds the contacts the finished
 * import created or matched (through {@link AddImportToListService}, as the web's "add this import to a list" does) and
 * says how many were already on it; a list another session creates with the same name in the meantime is used.
 */
public final class AddImportToNamedListService implements AddImportToNamedListUseCase {

    private final CampaignListRepository lists;
    private final ImportRepository imports;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final AddImportToListUseCase addToList;

    public AddImportToNamedListService(CampaignListRepository lists, ImportRepository imports,
                                       TransactionRunner transactions, Clock clock) {
        this.lists = lists;
        this.imports = imports;
        this.transactions = transactions;
        this.clock = clock;
        this.addToList = new AddImportToListService(lists, imports, transactions, clock);
    }

    @Override
    public PreparedList prepare(CampaignListCommand list) {
        return transactions.inTransaction(() -> lists.findByName(list.name())
                .map(found -> new PreparedList(found, false))
                .orElseGet(() -> createOrFindRacing(list, clock.instant())));
    }

    @Override
    public ImportListAddition addImport(CampaignListId list, ImportId importId) {
        ImportRecord run = imports.find(importId)
                .orElseThrow(() -> BusinessRuleException.notFound("No import with id " + importId));
        if (run.status() != ImportStatus.COMPLETED && run.status() != ImportStatus.FAILED) {
            throw BusinessRuleException.invalid("Import " + importId + " has not finished (" + run.status().code()
                    + "), so its contacts cannot be added to a list yet");
        }
        long importContacts = lists.countImportContacts(importId);
        ListAddition addition = addToList.addImport(list, importId);
        return new ImportListAddition(addition.list(), addition.added(), Math.max(0, importContacts - addition.added()));
    }

    private PreparedList createOrFindRacing(CampaignListCommand list, Instant now) {
        try {
            return new PreparedList(lists.create(list.name(), list.description(), now), true);
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.CONFLICT) {
                throw e;
            }
            return new PreparedList(lists.findByName(list.name()).orElseThrow(() -> e), false);
        }
    }
}
