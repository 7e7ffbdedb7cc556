package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryAudienceMembers;
import com.attackacrack.crm.application.fakes.InMemoryCampaignListRepository;
import com.attackacrack.crm.application.fakes.InMemoryCampaignRecipients;
import com.attackacrack.crm.application.fakes.InMemoryCampaignRepository;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemorySavedFilterRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.application.port.out.AudienceMember;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fakes campaign services run on, with a list audience and helpers that make campaigns and members. */
final class CampaignFixture {

    static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");
    /** The business time zone the services get unless a test sets {@link #businessZone}. */
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryCampaignRepository campaigns = new InMemoryCampaignRepository();
    final InMemoryCampaignRecipients recipients = new InMemoryCampaignRecipients();
    final InMemoryAudienceMembers audiences = new InMemoryAudienceMembers();
    final InMemoryCampaignListRepository lists = new InMemoryCampaignListRepository(new InMemoryContactRepository());
    final InMemorySavedFilterRepository filters = new InMemorySavedFilterRepository();
    final DirectTransactionRunner transactions = new DirectTransactionRunner();
    final CampaignList list = lists.create("Spring", null, T0);
    ZoneId businessZone = NEW_YORK;

    CreateCampaignService create() {
        return new CreateCampaignService(campaigns, lists, filters, businessZone, clock);
    }

    LaunchCampaignService launch() {
        return new LaunchCampaignService(campaigns, recipients, audiences, transactions, clock);
    }

    PreviewCampaignService preview() {
        return new PreviewCampaignService(campaigns, audiences, clock);
    }

    Audience audience() {
        return new Audience.ListAudience(list.id());
    }

    CampaignForm form(String messageA, String messageB) {
        return new CampaignForm("Spring promo", list.id().toString(), null, messageA, messageB, null, List.of(), null,
                null, null, false, null);
    }

    /** The form with both skip options on: in another running campaign, and texted within 30 days. */
    CampaignForm formWithSkips(String messageA) {
        return new CampaignForm("Spring promo", list.id().toString(), null, messageA, null, null, List.of(), null,
                null, null, true, "30");
    }

    Campaign givenCampaign(String messageA, String messageB) {
        return create().create(form(messageA, messageB), null);
    }

    Campaign givenCampaign(CampaignForm form) {
        return create().create(form, null);
    }

    Campaign givenCampaignIn(CampaignStatus status) {
        Campaign campaign = givenCampaign("Hi {first_name|there}", null);
        CampaignStatus at = CampaignStatus.DRAFT;
        for (CampaignStatus step : path(status)) {
            campaigns.transition(campaign.id(), Set.of(at), step, T0);
            at = step;
        }
        return campaigns.find(campaign.id()).orElseThrow();
    }

    private static List<CampaignStatus> path(CampaignStatus status) {
        return switch (status) {
            case DRAFT -> List.of();
            case SCHEDULED -> List.of(CampaignStatus.SCHEDULED);
            case RUNNING -> List.of(CampaignStatus.RUNNING);
            case PAUSED -> List.of(CampaignStatus.RUNNING, CampaignStatus.PAUSED);
            case COMPLETED -> List.of(CampaignStatus.RUNNING, CampaignStatus.COMPLETED);
            case CANCELLED -> List.of(CampaignStatus.CANCELLED);
        };
    }

    void givenMembers(AudienceMember... members) {
        audiences.given(audience(), members);
    }

    /** A member who can be texted, named First{id} Last{id}. */
    static AudienceMember member(long id) {
        return member(id, names(id));
    }

    static AudienceMember member(long id, Map<String, String> tokens) {
        return new AudienceMember(new ContactId(id), phone(id), false, false, null, false, tokens);
    }

    static PhoneNumber phone(long id) {
        return new PhoneNumber("+1617555" + String.format("%04d", id));
    }

    static Map<String, String> names(long id) {
        Map<String, String> tokens = new HashMap<>();
        tokens.put("first_name", "First" + id);
        tokens.put("last_name", "Last" + id);
        tokens.put("full_name", "First" + id + " Last" + id);
        return tokens;
    }
}
