package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignList;
import java.util.Objects;

/** What an addition did: the list as it is after it (with its member count) and how many contacts were new. */
public record ListAddition(CampaignList list, long added) {

    public ListAddition {
        Objects.requireNonNull(list, "list");
    }
}
