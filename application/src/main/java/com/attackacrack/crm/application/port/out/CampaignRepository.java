package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores SMS campaigns; every status change is one conditional update, so two racing changes cannot both win. */
public interface CampaignRepository {

    /** A new draft campaign. */
    Campaign create(CampaignDraft draft, UserId createdByOrNull, Instant now);

    /** Replaces the editable fields of a draft; empty when there is no such campaign or it is no longer a draft. */
    Optional<Campaign> update(CampaignId id, CampaignDraft draft, Instant now);

    Optional<Campaign> find(CampaignId id);

    /** One page of campaigns, newest first, optionally only those in one status, with the total that match. */
    Page<Campaign> list(CampaignStatus statusOrNull, PageRequest page);

    /**
     * Moves the campaign to {@code to} if its status is one of {@code from}; stamps started_at on the first move to
     * running and finished_at on a move to completed or cancelled. False when the campaign is not in any of
     * {@code from} (or does not exist). Every {@code from} must be allowed to move to {@code to}.
     */
    boolean transition(CampaignId id, Set<CampaignStatus> from, CampaignStatus to, Instant now);

    /** Sets when a campaign starts (with its move to scheduled, in the same transaction). */
    void scheduleAt(CampaignId id, Instant startAt, Instant now);

    /** Scheduled campaigns whose start time has come, oldest start first. */
    List<Campaign> due(Instant now);

    /** Running campaigns, oldest first. */
    List<Campaign> running();
}
