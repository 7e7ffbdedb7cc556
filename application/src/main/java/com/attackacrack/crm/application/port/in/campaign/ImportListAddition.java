package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignList;
import java.util.Objects;

/**
 * What adding an import's contacts to a named list did: the list as it is after it (with its member count), how many
 * of the import's contacts were new to the list and how many were already on it.
 */
public record ImportListAddition(CampaignList list, long added, long alreadyMembers) {

    public ImportListAddition {
        Objects.requireNonNull(list, "list");
        if (added < 0 || alreadyMembers < 0) {
            throw new IllegalArgumentException("negative count: added " + added + ", already members " + alreadyMembers);
        }
    }
}
