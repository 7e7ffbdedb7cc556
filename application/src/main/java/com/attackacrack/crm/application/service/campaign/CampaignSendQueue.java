package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.CampaignSending;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.PendingRecipient;
import com.attackacrack.crm.application.port.out.PhoneTimeZones;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Queues one running campaign's next sends: as many as its daily limit leaves for today (a day in the sending
 * window's zone, so it follows daylight saving), at most {@code perTick}, taken in id order from the pending
 * recipients whose quiet hours allow a text now in every zone of their number (the window's zone when unknown).
 * Recipients in quiet hours are skipped, not held, so they do not block the ones behind them.
 */
final class CampaignSendQueue {

    /** Pending rows read per page while looking for recipients outside their quiet hours. */
    private static final int PAGE = 200;
    /** The most pages one campaign reads per tick. */
    private static final int MAX_PAGES = 10;

    private final CampaignSending sending;
    private final PhoneTimeZones zones;
    private final JobQueue jobs;
    private final int perTick;
    private final Duration requeueAfter;

    CampaignSendQueue(CampaignSending sending, PhoneTimeZones zones, JobQueue jobs, int perTick, Duration requeueAfter) {
        this.sending = sending;
        this.zones = zones;
        this.jobs = jobs;
        this.perTick = perTick;
        this.requeueAfter = requeueAfter;
    }

    /** Queues the campaign's sends allowed at {@code now}; returns how many were queued. */
    int queue(Campaign campaign, Instant now) {
        ZoneId zone = campaign.window().zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        long used = sending.queuedBetween(campaign.id(), today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        long budget = Math.min(perTick, campaign.dailyLimit() - used);
        if (budget <= 0) {
            return 0;
        }
        List<Long> chosen = new ArrayList<>();
        long after = 0;
        for (int page = 0; page < MAX_PAGES && chosen.size() < budget; page++) {
            List<PendingRecipient> rows = sending.queueable(campaign.id(), after, PAGE, now, requeueAfter);
            for (PendingRecipient row : rows) {
                if (chosen.size() < budget && quietHoursAllow(row, zone, now)) {
                    chosen.add(row.id());
                }
                after = row.id();
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        if (chosen.isEmpty()) {
            return 0;
        }
        List<Long> stamped = sending.markQueued(chosen, now, requeueAfter);
        for (long id : stamped) {
            jobs.enqueue(CampaignSendJob.request(id));
        }
        return stamped.size();
    }

    private boolean quietHoursAllow(PendingRecipient row, ZoneId windowZone, Instant now) {
        Set<ZoneId> local = zones.zonesOf(row.phone());
        return QuietHours.allows(now, local.isEmpty() ? Set.of(windowZone) : local);
    }
}
