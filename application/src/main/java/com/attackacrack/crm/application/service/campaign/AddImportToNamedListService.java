package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.AddImportToNamedListUseCase;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.ImportListAddition;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;

/**
 * Finds the list by name (ignoring case) or creates it, then adds the contacts a completed import created or matched,
 * all in one transaction; a list another session creates with the same name in the meantime is used, not refused.
 */
public final class AddImportToNamedListService implements AddImportToNamedListUseCase {

    private final CampaignListRepository lists;
    private final ImportRepository imports;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AddImportToNamedListService(CampaignListRepository lists, ImportRepository imports,
                                       TransactionRunner transactions, Clock clock) {
        this.lists = lists;
        this.imports = imports;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ImportListAddition addImport(CampaignListCommand list, ImportId importId) {
        ImportRecord run = imports.find(importId)
                .orElseThrow(() -> BusinessRuleException.notFound("No import with id " + importId));
        if (run.status() != ImportStatus.COMPLETED) {
            throw BusinessRuleException.invalid("Import " + importId + " did not complete (" + run.status().code()
                    + "), so no contacts were added to list '" + list.name() + "'");
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Target target = lists.findByName(list.name()).map(found -> new Target(found, false))
                    .orElseGet(() -> createOrFindRacing(list, now));
            long importContacts = lists.countImportContacts(importId);
            long added = lists.addFromImport(target.list().id(), importId, now);
            CampaignList after = CampaignLists.require(lists, target.list().id());
            return new ImportListAddition(after, target.created(), added, Math.max(0, importContacts - added));
        });
    }

    private Target createOrFindRacing(CampaignListCommand list, Instant now) {
        try {
            return new Target(lists.create(list.name(), list.description(), now), true);
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.CONFLICT) {
                throw e;
            }
            return new Target(lists.findByName(list.name()).orElseThrow(() -> e), false);
        }
    }

    /** The list to add to and whether this call created it. */
    private record Target(CampaignList list, boolean created) {
    }
}
