package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CancelCampaignUseCase;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** Cancels a draft, scheduled, running or paused campaign; its pending recipients are never sent. */
public final class CancelCampaignService implements CancelCampaignUseCase {

    private static final Set<CampaignStatus> FROM = EnumSet.of(CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, CampaignStatus.RUNNING,
            CampaignStatus.PAUSED);

    private final CampaignTransitions transitions;

    public CancelCampaignService(CampaignRepository campaigns, Clock clock) {
        this.transitions = new CampaignTransitions(campaigns, clock);
    }

    @Override
    public Campaign cancel(CampaignId id) {
        return transitions.move(id, FROM, CampaignStatus.CANCELLED, "cancelled");
    }
}
