package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;

/** One saved filter (NOT_FOUND for an unknown filter). */
public interface GetSavedFilterUseCase {

    SavedFilter get(SavedFilterId id);
}
