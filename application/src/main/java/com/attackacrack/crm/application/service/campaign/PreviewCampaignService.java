package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignPreview;
import com.attackacrack.crm.application.port.in.campaign.PreviewCampaignUseCase;
import com.attackacrack.crm.application.port.out.AudienceMember;
import com.attackacrack.crm.application.port.out.AudienceMembers;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.SmsSegments;
import com.attackacrack.crm.domain.campaign.Variant;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Screens the campaign's audience as launching now would (same rules, same order) without writing anything: counts
 * exclusions by reason, keeps the first rendered samples, finds each variant's longest message and estimates the
 * days needed under the daily limit.
 */
public final class PreviewCampaignService implements PreviewCampaignUseCase {

    private final CampaignLookup lookup;
    private final AudienceMembers audiences;
    private final Clock clock;

    public PreviewCampaignService(CampaignRepository campaigns, AudienceMembers audiences, Clock clock) {
        this.lookup = new CampaignLookup(campaigns);
        this.audiences = audiences;
        this.clock = clock;
    }

    @Override
    public CampaignPreview preview(CampaignId id) {
        Campaign campaign = lookup.get(id);
        Instant now = clock.instant();
        Tally tally = new Tally();
        long size = audiences.forEach(campaign.audience(), id, member -> tally.add(member,
                RecipientScreen.screen(campaign, member, now)));
        SendingDays days = SendingDays.estimate(tally.eligible, campaign.dailyLimit(), campaign.window(), now);
        return new CampaignPreview(size, ExclusionCounts.ordered(tally.exclusions), tally.eligible, tally.samples,
                tally.longest, days.sendingDays(), days.calendarDays());
    }

    /** What the screening found so far. */
    private static final class Tally {
        private final Map<ExclusionReason, Long> exclusions = new java.util.HashMap<>();
        private final List<CampaignPreview.Sample> samples = new ArrayList<>();
        private final Map<Variant, SmsSegments> longest = new EnumMap<>(Variant.class);
        private long eligible;

        void add(AudienceMember member, NewRecipient recipient) {
            if (recipient.isExcluded()) {
                exclusions.merge(recipient.exclusion(), 1L, Long::sum);
                return;
            }
            eligible++;
            if (samples.size() < CampaignPreview.MAX_SAMPLES) {
                samples.add(new CampaignPreview.Sample(member.contact(), member.displayName(), recipient.variant(),
                        recipient.body()));
            }
            SmsSegments segments = SmsSegments.of(recipient.body());
            longest.merge(recipient.variant(), segments, PreviewCampaignService::longer);
        }
    }

    private static SmsSegments longer(SmsSegments a, SmsSegments b) {
        if (a.segments() != b.segments()) {
            return a.segments() > b.segments() ? a : b;
        }
        return a.units() >= b.units() ? a : b;
    }
}
