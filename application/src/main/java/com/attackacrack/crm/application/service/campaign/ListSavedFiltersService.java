package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.ListSavedFiltersUseCase;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;

/** Reads one page of saved filters, newest first. */
public final class ListSavedFiltersService implements ListSavedFiltersUseCase {

    private final SavedFilterRepository filters;

    public ListSavedFiltersService(SavedFilterRepository filters) {
        this.filters = filters;
    }

    @Override
    public Page<SavedFilter> list(PageRequest page) {
        return filters.list(page);
    }
}
