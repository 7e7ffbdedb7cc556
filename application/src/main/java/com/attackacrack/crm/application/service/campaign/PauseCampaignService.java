package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.PauseCampaignUseCase;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** Pauses a running campaign: the scheduler starts no new sends for it until it is resumed. */
public final class PauseCampaignService implements PauseCampaignUseCase {

    private static final Set<CampaignStatus> FROM = EnumSet.of(CampaignStatus.RUNNING);

    private final CampaignTransitions transitions;

    public PauseCampaignService(CampaignRepository campaigns, Clock clock) {
        this.transitions = new CampaignTransitions(campaigns, clock);
    }

    @Override
    public Campaign pause(CampaignId id) {
        return transitions.move(id, FROM, CampaignStatus.PAUSED, "paused");
    }
}
