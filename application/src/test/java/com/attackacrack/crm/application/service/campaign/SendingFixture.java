package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.FakeProviderHistory;
import com.attackacrack.crm.application.fakes.InMemoryCampaignRepository;
import com.attackacrack.crm.application.fakes.InMemoryCampaignSending;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryConversationRepository;
import com.attackacrack.crm.application.fakes.InMemorySuppressionRepository;
import com.attackacrack.crm.application.fakes.MapPhoneTimeZones;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.application.fakes.RecordingSmsGateway;
import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.ProviderHistory;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fakes the scheduler tick and the campaign send job run on, with helpers for campaigns and recipients. */
final class SendingFixture {

    /** Monday 2 March 2026, 10:00 in New York (EST). */
    static final Instant MONDAY_10_NY = Instant.parse("2026-03-02T15:00:00Z");

    final MutableClock clock;
    final InMemoryCampaignRepository campaigns = new InMemoryCampaignRepository();
    final InMemoryCampaignSending sending = new InMemoryCampaignSending(campaigns);
    final InMemoryContactRepository contacts = new InMemoryContactRepository();
    final InMemoryConversationRepository conversations = new InMemoryConversationRepository(contacts);
    final InMemorySuppressionRepository suppressions = new InMemorySuppressionRepository(contacts);
    final MapPhoneTimeZones zones = new MapPhoneTimeZones();
    final RecordingJobQueue jobs = new RecordingJobQueue();
    final RecordingSmsGateway gateway = new RecordingSmsGateway();
    final FakeProviderHistory history = new FakeProviderHistory();
    final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private int phones;

    SendingFixture(Instant start) {
        this.clock = new MutableClock(start);
    }

    RunSchedulerTickService tick() {
        return tick(Optional.of(history));
    }

    RunSchedulerTickService tick(Optional<ProviderHistory> providerHistory) {
        return new RunSchedulerTickService(campaigns, sending, zones, jobs, conversations, transactions, providerHistory,
                clock);
    }

    SendCampaignMessageHandler handler(String worker) {
        return new SendCampaignMessageHandler(sending, contacts, conversations, suppressions, gateway, transactions,
                clock, worker, SendCampaignMessageHandler.DEFAULT_LEASE);
    }

    /** A running campaign with the standard window (Mon-Fri 09:00-18:00 New York) and this daily limit. */
    Campaign running(int dailyLimit) {
        return running(dailyLimit, SendingWindow.standard(ZoneId.of("America/New_York")));
    }

    Campaign running(int dailyLimit, SendingWindow window) {
        Campaign campaign = campaigns.create(new CampaignDraft("Spring", new Audience.ListAudience(new CampaignListId(1)),
                MessageTemplate.parse("Hi"), null, dailyLimit, window, false, null), null, clock.instant());
        campaigns.transition(campaign.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, clock.instant());
        return campaigns.find(campaign.id()).orElseThrow();
    }

    /** A new contact with a new number, pending in the campaign; returns the recipient's row id. */
    long pending(Campaign campaign) {
        Contact contact = contact();
        return sending.addPending(campaign.id(), contact.id(), contact.details().phone(), "Hi " + contact.id());
    }

    Contact contact() {
        phones++;
        PhoneNumber phone = new PhoneNumber("+1617555" + String.format("%04d", phones));
        return contacts.create(new ContactDetails("Pat" + phones, null, phone, null, null, null, null), "manual",
                clock.instant());
    }

    Job job(long recipient) {
        return new Job("job-" + recipient, "campaign.send", Map.of("recipient", Long.toString(recipient)), 1,
                clock.instant());
    }

    /** Runs every job queued so far through a handler and forgets nothing (the queue keeps its record). */
    void runQueued(int from) {
        SendCampaignMessageHandler handler = handler("w1");
        jobs.enqueued().stream().skip(from).forEach(e -> handler.handle(new Job(e.id(), e.request().type(),
                e.request().payload(), 1, clock.instant())));
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }
}
