package com.attackacrack.crm.adapters.in.web.audience;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.campaign.CampaignList;

/**
 * A campaign list as pages show it.
 *
 * @param id          the list's id
 * @param name        its name
 * @param description its description, {@code ""} for none
 * @param memberCount how many contacts are on it
 * @param membersText the member count written out ("1 contact", "1,204 contacts")
 * @param created     the day it was made
 */
public record CampaignListView(long id, String name, String description, long memberCount, String membersText,
                               String created) {

    /** The view of a list. */
    public static CampaignListView from(CampaignList list) {
        return new CampaignListView(list.id().value(), list.name(), Formats.text(list.description()), list.memberCount(),
                members(list.memberCount()), Formats.day(list.createdAt()));
    }

    /** "1 contact" or "N contacts" with N grouped by thousands. */
    static String members(long count) {
        return Formats.number(count) + (count == 1 ? " contact" : " contacts");
    }
}
