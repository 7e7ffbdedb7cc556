package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.DeleteSavedFilterUseCase;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Deletes a saved filter. */
public final class DeleteSavedFilterService implements DeleteSavedFilterUseCase {

    private final SavedFilterRepository filters;

    public DeleteSavedFilterService(SavedFilterRepository filters) {
        this.filters = filters;
    }

    @Override
    public void delete(SavedFilterId id) {
        if (!filters.delete(id)) {
            throw BusinessRuleException.notFound("No saved filter with id " + id + ": it may have been deleted.");
        }
    }
}
