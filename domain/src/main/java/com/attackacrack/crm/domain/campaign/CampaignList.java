package com.attackacrack.crm.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/** A static campaign list: its name (unique ignoring case), description, how many members it has, and when made. */
public record CampaignList(CampaignListId id, String name, String description, long memberCount, Instant createdAt,
                           Instant updatedAt) {

    public CampaignList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
