package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.importing.ImportId;

/** Adds every contact an import created or matched to a list (NOT_FOUND for an unknown list or import). */
public interface AddImportToListUseCase {

    ListAddition addImport(CampaignListId list, ImportId importId);
}
