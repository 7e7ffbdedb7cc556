package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.ResumeCampaignUseCase;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** Resumes a paused campaign; its pending recipients are sent from where it stopped. */
public final class ResumeCampaignService implements ResumeCampaignUseCase {

    private static final Set<CampaignStatus> FROM = EnumSet.of(CampaignStatus.PAUSED);

    private final CampaignTransitions transitions;

    public ResumeCampaignService(CampaignRepository campaigns, Clock clock) {
        this.transitions = new CampaignTransitions(campaigns, clock);
    }

    @Override
    public Campaign resume(CampaignId id) {
        return transitions.move(id, FROM, CampaignStatus.RUNNING, "resumed");
    }
}
