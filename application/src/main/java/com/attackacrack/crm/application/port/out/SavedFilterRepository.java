package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Stores named audience filters; names are unique ignoring case (the database decides). */
public interface SavedFilterRepository {

    /** A new saved filter; CONFLICT naming the existing filter when the name is taken (ignoring case). */
    SavedFilter create(String name, AudienceFilter criteria, Instant now);

    /** Replaces the name and criteria; CONFLICT as create does, NOT_FOUND for an unknown id. */
    SavedFilter update(SavedFilterId id, String name, AudienceFilter criteria, Instant now);

    /** Deletes the saved filter; false when there was no such filter. */
    boolean delete(SavedFilterId id);

    Optional<SavedFilter> find(SavedFilterId id);

    /** One page of saved filters, newest first, with the total number of filters. */
    Page<SavedFilter> list(PageRequest page);
}
