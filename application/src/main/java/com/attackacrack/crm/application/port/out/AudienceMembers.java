package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.CampaignId;
import java.util.function.Consumer;

/** Reads who is in a campaign's audience right now: the members of a list, or the contacts a saved filter picks. */
public interface AudienceMembers {

    /**
     * Streams every member, in contact id order, without holding them all in memory; "in another running campaign"
     * is about campaigns other than {@code campaign}. NOT_FOUND when the saved filter does not exist. Returns how
     * many.
     */
    long forEach(Audience audience, CampaignId campaign, Consumer<AudienceMember> sink);
}
