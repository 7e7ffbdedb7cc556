package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.application.port.in.dashboard.Dashboard;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The read model behind the dashboard: counts over contacts, campaigns, recipients, messages and import conflicts. */
public interface DashboardFigures {

    /** Every contact. */
    long contacts();

    /** Contacts created at or after {@code since}. */
    long contactsCreatedSince(Instant since);

    /** Running campaigns, then scheduled ones, newest first in each, with their progress. */
    List<CampaignProgress> activeCampaigns();

    /** Campaign texts sent in {@code [from, until)}, of every campaign. */
    long campaignTextsSent(Instant from, Instant until);

    /** One campaign's texts sent in {@code [from, until)}. */
    long campaignTextsSent(CampaignId campaign, Instant from, Instant until);

    /** Of the recipients sent a text in {@code [from, until)}, how many there are and how many replied. */
    Replies replies(Instant from, Instant until);

    /** Messages per day in {@code zone} within {@code [from, until)}, oldest first, only the days with any. */
    List<Dashboard.DayMessages> messagesPerDay(Instant from, Instant until, ZoneId zone);

    /** Imports with open conflicts and how many, newest import first, at most {@code limit}. */
    List<Dashboard.ImportConflicts> importsWithOpenConflicts(int limit);

    /**
     * A running or scheduled campaign.
     *
     * @param id         the campaign
     * @param name       its name
     * @param status     its status
     * @param windowZone its sending window's zone (its daily limit counts days there)
     * @param dailyLimit its daily limit
     * @param recipients recipients not excluded
     * @param sent       recipients sent a text
     */
    record CampaignProgress(CampaignId id, String name, CampaignStatus status, ZoneId windowZone, int dailyLimit,
                            long recipients, long sent) {

        public CampaignProgress {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(windowZone, "windowZone");
        }
    }

    /**
     * Recipients sent a text and those of them who replied.
     *
     * @param sent    recipients sent a text
     * @param replied of them, those who replied
     */
    record Replies(long sent, long replied) {
    }
}
