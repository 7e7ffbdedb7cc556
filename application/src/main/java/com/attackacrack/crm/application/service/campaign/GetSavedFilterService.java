package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.GetSavedFilterUseCase;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Reads one saved filter. */
public final class GetSavedFilterService implements GetSavedFilterUseCase {

    private final SavedFilterRepository filters;

    public GetSavedFilterService(SavedFilterRepository filters) {
        this.filters = filters;
    }

    @Override
    public SavedFilter get(SavedFilterId id) {
        return filters.find(id).orElseThrow(() -> BusinessRuleException.notFound("No saved filter with id " + id));
    }
}
