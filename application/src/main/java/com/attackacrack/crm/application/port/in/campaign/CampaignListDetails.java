package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.Page;
import java.util.Objects;

/** A list with one page of its members (the page's total is the member count). */
public record CampaignListDetails(CampaignList list, Page<ContactSummary> members) {

    public CampaignListDetails {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(members, "members");
    }
}
