package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.SavedFilterCommand;
import com.attackacrack.crm.application.port.in.campaign.UpdateSavedFilterUseCase;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import java.time.Clock;

/** Replaces a saved filter's name and criteria. */
public final class UpdateSavedFilterService implements UpdateSavedFilterUseCase {

    private final SavedFilterRepository filters;
    private final Clock clock;

    public UpdateSavedFilterService(SavedFilterRepository filters, Clock clock) {
        this.filters = filters;
        this.clock = clock;
    }

    @Override
    public SavedFilter update(SavedFilterId id, SavedFilterCommand command) {
        return filters.update(id, command.name(), command.criteria(), clock.instant());
    }
}
