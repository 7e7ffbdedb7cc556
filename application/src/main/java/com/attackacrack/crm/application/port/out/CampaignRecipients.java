package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Stores the recipients a campaign snapshotted at launch (once per campaign and contact) and reads their figures. */
public interface CampaignRecipients {

    /** Inserts the rows in one statement; a contact already in the campaign is skipped. Returns how many were new. */
    long insertSnapshot(CampaignId campaign, List<NewRecipient> recipients, Instant now);

    /** The campaign's figures, read from its rows. */
    CampaignStats stats(CampaignId campaign);

    /** One page of the campaign's recipients in id order, optionally only those in one status, with that total. */
    Page<RecipientRow> page(CampaignId campaign, RecipientStatus statusOrNull, PageRequest page);

    /** Streams every recipient of the campaign in id order without holding them in memory; returns how many. */
    long export(CampaignId campaign, Consumer<RecipientRow> sink);
}
