package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.SavedFilterId;

/** Deletes a saved filter (NOT_FOUND for an unknown filter). */
public interface DeleteSavedFilterUseCase {

    void delete(SavedFilterId id);
}
