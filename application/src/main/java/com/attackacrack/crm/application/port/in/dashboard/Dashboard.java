package com.attackacrack.crm.application.port.in.dashboard;

import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.importing.ImportId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the home page shows, every figure computed from the stored data at {@code at}: contacts, active campaigns,
 * campaign texts sent today (a day in the business zone) against the running campaigns' daily limits, the response
 * rate and messages per day over the last 30 days, the newest conversations, and for the viewers allowed to manage
 * them, the imports with open conflicts and the dead-letter count.
 *
 * @param at                  when the figures were computed
 * @param zone                the business time zone that defines "today" and the days of the chart
 * @param today               today in that zone
 * @param contacts            the contact counts
 * @param activeCampaigns     running campaigns, then scheduled ones, newest first in each
 * @param sentToday           campaign texts sent today (all campaigns)
 * @param dailyLimit          the sum of the daily limits of the running campaigns
 * @param responseRate        replies to campaign texts sent in the last 30 days
 * @param days                the last 30 days, oldest first, one entry per day (zero when nothing happened)
 * @param recentConversations the newest conversations
 * @param imports             imports with open conflicts, present for viewers who manage imports
 * @param deadLetters         webhook events that failed on every attempt, present for viewers who manage integrations
 */
public record Dashboard(Instant at, ZoneId zone, LocalDate today, Contacts contacts, List<ActiveCampaign> activeCampaigns,
                        long sentToday, long dailyLimit, ResponseRate responseRate, List<DayMessages> days,
                        List<ConversationSummary> recentConversations, Optional<List<ImportConflicts>> imports,
                        OptionalLong deadLetters) {

    public Dashboard {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(responseRate, "responseRate");
        activeCampaigns = List.copyOf(activeCampaigns);
        days = List.copyOf(days);
        recentConversations = List.copyOf(recentConversations);
        imports = imports.map(List::copyOf);
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** How many running campaigns there are (the others in {@link #activeCampaigns()} are scheduled). */
    public long runningCampaigns() {
        return activeCampaigns.stream().filter(it -> it.status() == CampaignStatus.RUNNING).count();
    }

    /** How many scheduled campaigns there are. */
    public long scheduledCampaigns() {
        return activeCampaigns.size() - runningCampaigns();
    }

    /**
     * The contact counts.
     *
     * @param total    every contact
     * @param newSince contacts created on or after {@code since}
     * @param since    the first of the last seven days (UTC days, as the contacts list's created-from filter reads them)
     */
    public record Contacts(long total, long newSince, LocalDate since) {

        public Contacts {
            Objects.requireNonNull(since, "since");
        }
    }

    /**
     * A running or scheduled campaign and its progress.
     *
     * @param id         the campaign
     * @param name       its name
     * @param status     running or scheduled
     * @param recipients recipients who will be texted (not excluded)
     * @param sent       recipients texted so far
     * @param dailyLimit its daily limit
     * @param sentToday  its texts sent today, a day in its sending window's zone (the day its daily limit counts)
     */
    public record ActiveCampaign(CampaignId id, String name, CampaignStatus status, long recipients, long sent,
                                 int dailyLimit, long sentToday) {

        public ActiveCampaign {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Replies to campaign texts: of the recipients sent a text since {@code since}, how many replied (a reply is
     * attributed to the contact's latest campaign text within the reply window, as the campaign tracking does).
     *
     * @param replied recipients who replied
     * @param sent    recipients sent a text
     * @param since   the first day counted
     */
    public record ResponseRate(long replied, long sent, LocalDate since) {

        public ResponseRate {
            Objects.requireNonNull(since, "since");
        }

        /** The rate in percent, 0 when nothing was sent. */
        public double percent() {
            return sent == 0 ? 0 : 100.0 * replied / sent;
        }
    }

    /**
     * The messages of one day in the business zone.
     *
     * @param day      the day
     * @param sent     outbound texts that went out (sent, delivered or undelivered)
     * @param received inbound texts
     * @param replies  replies attributed to a campaign text
     */
    public record DayMessages(LocalDate day, long sent, long received, long replies) {

        public DayMessages {
            Objects.requireNonNull(day, "day");
        }

        /** A day without messages. */
        public static DayMessages none(LocalDate day) {
            return new DayMessages(day, 0, 0, 0);
        }
    }

    /**
     * An import whose conflicts wait for a decision.
     *
     * @param id            the import
     * @param fileName      its file name
     * @param openConflicts how many of its conflicts are open
     */
    public record ImportConflicts(ImportId id, String fileName, long openConflicts) {

        public ImportConflicts {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fileName, "fileName");
        }
    }
}
