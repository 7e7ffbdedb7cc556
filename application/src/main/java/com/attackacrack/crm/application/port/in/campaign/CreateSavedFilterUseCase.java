package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.SavedFilter;

/** Saves a named audience filter (CONFLICT naming the existing filter when the name is taken, ignoring case). */
public interface CreateSavedFilterUseCase {

    SavedFilter create(SavedFilterCommand command);
}
