package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignList;
import java.util.Objects;

/**
 * The list an import will fill, and whether it was created for it (false: an existing list matched the name).
 *
 * @param list    the list as it is now
 * @param created whether no list had the name, so this one was created
 */
public record PreparedList(CampaignList list, boolean created) {

    public PreparedList {
        Objects.requireNonNull(list, "list");
    }
}
