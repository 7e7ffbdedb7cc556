package com.attackacrack.crm.domain.campaign;

/** The database id of an SMS campaign. */
public record CampaignId(long value) {

    public CampaignId {
        if (value <= 0) {
            throw new IllegalArgumentException("id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
