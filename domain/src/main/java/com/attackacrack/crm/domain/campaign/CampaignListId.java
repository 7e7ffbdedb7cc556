package com.attackacrack.crm.domain.campaign;

/** The database id of a static campaign list. */
public record CampaignListId(long value) {

    public CampaignListId {
        if (value <= 0) {
            throw new IllegalArgumentException("id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
