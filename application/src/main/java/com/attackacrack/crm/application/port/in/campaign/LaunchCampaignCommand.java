package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignId;
import java.time.Instant;
import java.util.Objects;

/** Launch a draft campaign now (startAt null or not in the future) or schedule it to start at startAt. */
public record LaunchCampaignCommand(CampaignId campaign, Instant startAt) {

    public LaunchCampaignCommand {
        Objects.requireNonNull(campaign, "campaign");
    }
}
