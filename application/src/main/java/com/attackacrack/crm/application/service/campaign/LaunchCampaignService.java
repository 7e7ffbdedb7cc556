package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignDetail;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignCommand;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignUseCase;
import com.attackacrack.crm.application.port.out.AudienceMembers;
import com.attackacrack.crm.application.port.out.CampaignRecipients;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Launches a draft campaign in one transaction: first the conditional move out of draft (so of two launches racing,
 * the second waits on the row and then finds it launched), then the audience streamed through the same screening as
 * the preview into recipient rows in batches, then the figures read back; nobody eligible rolls it all back.
 */
public final class LaunchCampaignService implements LaunchCampaignUseCase {

    static final int BATCH = 1_000;

    private final CampaignRepository campaigns;
    private final CampaignRecipients recipients;
    private final AudienceMembers audiences;
    private final TransactionRunner transactions;
    private final CampaignLookup lookup;
    private final Clock clock;

    public LaunchCampaignService(CampaignRepository campaigns, CampaignRecipients recipients, AudienceMembers audiences,
                                 TransactionRunner transactions, Clock clock) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.audiences = audiences;
        this.transactions = transactions;
        this.lookup = new CampaignLookup(campaigns);
        this.clock = clock;
    }

    @Override
    public CampaignDetail launch(LaunchCampaignCommand command) {
        CampaignId id = command.campaign();
        Instant now = clock.instant();
        boolean later = command.startAt() != null && command.startAt().isAfter(now);
        return transactions.inTransaction(() -> {
            refuseUnlessDraft(lookup.get(id));
            if (later) {
                campaigns.scheduleAt(id, command.startAt(), now);
            }
            if (!campaigns.transition(id, Set.of(CampaignStatus.DRAFT),
                    later ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING, now)) {
                refuseUnlessDraft(lookup.get(id));
                throw new IllegalStateException("campaign " + id + " is a draft but did not launch");
            }
            Campaign campaign = lookup.get(id);
            long audienceSize = snapshot(campaign, now);
            CampaignStats stats = recipients.stats(id);
            if (stats.total().pending() == 0) {
                throw BusinessRuleException.invalid(nobodyEligible(campaign, audienceSize, stats));
            }
            return new CampaignDetail(campaign, stats);
        });
    }

    private long snapshot(Campaign campaign, Instant now) {
        List<NewRecipient> batch = new ArrayList<>(BATCH);
        long size = audiences.forEach(campaign.audience(), campaign.id(), member -> {
            batch.add(RecipientScreen.screen(campaign, member, now));
            if (batch.size() == BATCH) {
                recipients.insertSnapshot(campaign.id(), batch, now);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            recipients.insertSnapshot(campaign.id(), batch, now);
        }
        return size;
    }

    private static void refuseUnlessDraft(Campaign campaign) {
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw BusinessRuleException.conflict(CampaignLookup.named(campaign) + " is " + campaign.status().word()
                    + "; only a draft can be launched");
        }
    }

    private static String nobodyEligible(Campaign campaign, long audienceSize, CampaignStats stats) {
        String named = CampaignLookup.named(campaign);
        if (audienceSize == 0) {
            return named + " cannot launch: its audience is empty";
        }
        return named + " cannot launch: all " + audienceSize + " in its audience are excluded ("
                + ExclusionCounts.describe(stats.exclusions()) + ")";
    }
}
