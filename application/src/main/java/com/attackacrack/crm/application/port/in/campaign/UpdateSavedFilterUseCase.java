package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;

/** Replaces a saved filter's name and criteria (NOT_FOUND for an unknown filter, CONFLICT for a taken name). */
public interface UpdateSavedFilterUseCase {

    SavedFilter update(SavedFilterId id, SavedFilterCommand command);
}
