package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test fake of {@link CampaignRepository}: ids from 1, newest first, status changes checked like the database's. */
public final class InMemoryCampaignRepository implements CampaignRepository {

    private final Map<CampaignId, Campaign> campaigns = new LinkedHashMap<>();
    private long lastId;
    private int transitions;

    @Override
    public synchronized Campaign create(CampaignDraft draft, UserId createdByOrNull, Instant now) {
        Campaign campaign = new Campaign(new CampaignId(++lastId), draft.name(), CampaignStatus.DRAFT,
                draft.audience(), draft.messageA(), draft.messageB(), draft.dailyLimit(), draft.window(),
                draft.skipInOtherRunning(), draft.skipTextedWithinDays(), null, now, now, null, null);
        campaigns.put(campaign.id(), campaign);
        return campaign;
    }

    @Override
    public synchronized Optional<Campaign> update(CampaignId id, CampaignDraft draft, Instant now) {
        Campaign c = campaigns.get(id);
        if (c == null || c.status() != CampaignStatus.DRAFT) {
            return Optional.empty();
        }
        Campaign updated = new Campaign(id, draft.name(), c.status(), draft.audience(), draft.messageA(),
                draft.messageB(), draft.dailyLimit(), draft.window(), draft.skipInOtherRunning(),
                draft.skipTextedWithinDays(), c.scheduledAt(), c.createdAt(), now, c.startedAt(), c.finishedAt());
        campaigns.put(id, updated);
        return Optional.of(updated);
    }

    @Override
    public synchronized Optional<Campaign> find(CampaignId id) {
        return Optional.ofNullable(campaigns.get(id));
    }

    @Override
    public synchronized Page<Campaign> list(CampaignStatus statusOrNull, PageRequest page) {
        List<Campaign> matching = campaigns.values().stream()
                .filter(c -> statusOrNull == null || c.status() == statusOrNull)
                .sorted(Comparator.comparing(Campaign::createdAt).thenComparing(c -> c.id().value()).reversed())
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public synchronized boolean transition(CampaignId id, Set<CampaignStatus> from, CampaignStatus to, Instant now) {
        for (CampaignStatus status : from) {
            if (!status.canMoveTo(to)) {
                throw new IllegalArgumentException(status + " cannot move to " + to);
            }
        }
        Campaign c = campaigns.get(id);
        if (c == null || !from.contains(c.status())) {
            return false;
        }
        transitions++;
        Instant started = to == CampaignStatus.RUNNING && c.startedAt() == null ? now : c.startedAt();
        Instant finished = to.isFinal() ? now : c.finishedAt();
        campaigns.put(id, new Campaign(id, c.name(), to, c.audience(), c.messageA(), c.messageB(), c.dailyLimit(),
                c.window(), c.skipInOtherRunning(), c.skipTextedWithinDays(), c.scheduledAt(), c.createdAt(), now,
                started, finished));
        return true;
    }

    @Override
    public synchronized void scheduleAt(CampaignId id, Instant startAt, Instant now) {
        Campaign c = campaigns.get(id);
        if (c != null && c.status() == CampaignStatus.DRAFT) {
            campaigns.put(id, new Campaign(id, c.name(), c.status(), c.audience(), c.messageA(), c.messageB(),
                    c.dailyLimit(), c.window(), c.skipInOtherRunning(), c.skipTextedWithinDays(), startAt,
                    c.createdAt(), now, c.startedAt(), c.finishedAt()));
        }
    }

    @Override
    public synchronized List<Campaign> due(Instant now) {
        return campaigns.values().stream()
                .filter(c -> c.status() == CampaignStatus.SCHEDULED && !c.scheduledAt().isAfter(now))
                .sorted(Comparator.comparing(Campaign::scheduledAt))
                .toList();
    }

    @Override
    public synchronized List<Campaign> running() {
        return campaigns.values().stream().filter(c -> c.status() == CampaignStatus.RUNNING).toList();
    }

    /** How many status changes succeeded. */
    public synchronized int transitions() {
        return transitions;
    }
}
