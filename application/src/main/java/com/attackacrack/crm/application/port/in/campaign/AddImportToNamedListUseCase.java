package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.importing.ImportId;

/**
 * Adds every contact a completed import created or matched to the list with the given name (matched ignoring case),
 * creating the list when no list has that name; NOT_FOUND for an unknown import, INVALID for one that did not complete
 * (the list is then neither created nor changed).
 */
public interface AddImportToNamedListUseCase {

    ImportListAddition addImport(CampaignListCommand list, ImportId importId);
}
