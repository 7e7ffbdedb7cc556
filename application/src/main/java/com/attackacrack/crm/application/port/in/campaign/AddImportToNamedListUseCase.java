package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.importing.ImportId;

/**
 * Puts an import's contacts on a list named by the operator: the list is found by name (ignoring case) or created
 * before the import's rows are processed, so it exists even if the import fails half-way, and the contacts are added
 * once the import has finished.
 */
public interface AddImportToNamedListUseCase {

    /** Finds the list whose name matches ignoring case, or creates it; a list created meanwhile by another session is used. */
    PreparedList prepare(CampaignListCommand list);

    /**
     * Adds every contact the import created or matched: all of a completed import's, those of the rows a failed
     * import committed before it stopped. NOT_FOUND for an unknown list or import, INVALID while the import has not
     * finished.
     */
    ImportListAddition addImport(CampaignListId list, ImportId importId);
}
