package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CreateSavedFilterUseCase;
import com.attackacrack.crm.application.port.in.campaign.SavedFilterCommand;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import java.time.Clock;

/** Saves a named audience filter; a taken name fails naming the existing filter. */
public final class CreateSavedFilterService implements CreateSavedFilterUseCase {

    private final SavedFilterRepository filters;
    private final Clock clock;

    public CreateSavedFilterService(SavedFilterRepository filters, Clock clock) {
        this.filters = filters;
        this.clock = clock;
    }

    @Override
    public SavedFilter create(SavedFilterCommand command) {
        return filters.create(command.name(), command.criteria(), clock.instant());
    }
}
