package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.persistence.JdbiAudienceCounter;
import com.attackacrack.crm.adapters.out.persistence.JdbiAudienceMembers;
import com.attackacrack.crm.adapters.out.persistence.JdbiCampaignListRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiCampaignRecipients;
import com.attackacrack.crm.adapters.out.persistence.JdbiCampaignRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiCampaignSending;
import com.attackacrack.crm.adapters.out.persistence.JdbiContactRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiImportRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiSavedFilterRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiSuppressionRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberNormaliser;
import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberTimeZones;
import com.attackacrack.crm.application.port.out.AudienceMembers;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.CampaignRecipients;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.ProviderHistory;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.campaign.AddContactsToListService;
import com.attackacrack.crm.application.service.campaign.AddImportToListService;
import com.attackacrack.crm.application.service.campaign.AddImportToNamedListService;
import com.attackacrack.crm.application.service.campaign.AddMatchingContactsToListService;
import com.attackacrack.crm.application.service.campaign.CancelCampaignService;
import com.attackacrack.crm.application.service.campaign.CountAudienceService;
import com.attackacrack.crm.application.service.campaign.CreateCampaignListService;
import com.attackacrack.crm.application.service.campaign.CreateCampaignService;
import com.attackacrack.crm.application.service.campaign.CreateSavedFilterService;
import com.attackacrack.crm.application.service.campaign.DeleteCampaignListService;
import com.attackacrack.crm.application.service.campaign.DeleteSavedFilterService;
import com.attackacrack.crm.application.service.campaign.ExportRecipientsService;
import com.attackacrack.crm.application.service.campaign.GetCampaignListService;
import com.attackacrack.crm.application.service.campaign.GetCampaignService;
import com.attackacrack.crm.application.service.campaign.GetSavedFilterService;
import com.attackacrack.crm.application.service.campaign.LaunchCampaignService;
import com.attackacrack.crm.application.service.campaign.ListCampaignListsService;
import com.attackacrack.crm.application.service.campaign.ListCampaignsService;
import com.attackacrack.crm.application.service.campaign.ListRecipientsService;
import com.attackacrack.crm.application.service.campaign.ListSavedFiltersService;
import com.attackacrack.crm.application.service.campaign.PauseCampaignService;
import com.attackacrack.crm.application.service.campaign.PreviewCampaignService;
import com.attackacrack.crm.application.service.campaign.RemoveListMembersService;
import com.attackacrack.crm.application.service.campaign.RenameCampaignListService;
import com.attackacrack.crm.application.service.campaign.ResumeCampaignService;
import com.attackacrack.crm.application.service.campaign.RunSchedulerTickService;
import com.attackacrack.crm.application.service.campaign.SendCampaignMessageHandler;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.service.campaign.UpdateCampaignService;
import com.attackacrack.crm.application.service.campaign.UpdateSavedFilterService;
import com.attackacrack.crm.bootstrap.config.CampaignConfig;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires campaign audiences (static lists, saved filters and their live counts), campaigns, the scheduler's tick and the
 * send job onto PostgreSQL.
 */
final class CampaignServices {

    private final Jdbi jdbi;
    private final CampaignListRepository lists;
    private final SavedFilterRepository filters;
    private final CampaignRepository campaigns;
    private final CampaignRecipients recipients;
    private final AudienceMembers members;
    private final TransactionRunner transactions;
    private final ZoneId businessZone;
    private final Clock clock;

    /** {@code businessZone}: the zone a new campaign's sending window defaults to. */
    CampaignServices(Jdbi jdbi, ZoneId businessZone, Clock clock) {
        this.jdbi = jdbi;
        this.businessZone = businessZone;
        this.lists = new JdbiCampaignListRepository(jdbi);
        this.filters = new JdbiSavedFilterRepository(jdbi);
        this.campaigns = new JdbiCampaignRepository(jdbi);
        this.recipients = new JdbiCampaignRecipients(jdbi);
        this.members = new JdbiAudienceMembers(jdbi, filters, clock);
        this.transactions = new JdbiTransactionRunner(jdbi);
        this.clock = clock;
    }

    ListCampaignListsService listLists() {
        return new ListCampaignListsService(lists);
    }

    GetCampaignListService getList() {
        return new GetCampaignListService(lists);
    }

    CreateCampaignListService createList() {
        return new CreateCampaignListService(lists, clock);
    }

    RenameCampaignListService renameList() {
        return new RenameCampaignListService(lists, clock);
    }

    DeleteCampaignListService deleteList() {
        return new DeleteCampaignListService(lists);
    }

    AddContactsToListService addContacts() {
        return new AddContactsToListService(lists, transactions, clock);
    }

    AddMatchingContactsToListService addMatching() {
        return new AddMatchingContactsToListService(lists, new LibPhoneNumberNormaliser(), transactions, clock);
    }

    AddImportToListService addImport() {
        return new AddImportToListService(lists, new JdbiImportRepository(jdbi), transactions, clock);
    }

    AddImportToNamedListService addImportToNamedList() {
        return new AddImportToNamedListService(lists, new JdbiImportRepository(jdbi), transactions, clock);
    }

    RemoveListMembersService removeMembers() {
        return new RemoveListMembersService(lists);
    }

    ListSavedFiltersService listFilters() {
        return new ListSavedFiltersService(filters);
    }

    GetSavedFilterService getFilter() {
        return new GetSavedFilterService(filters);
    }

    CreateSavedFilterService createFilter() {
        return new CreateSavedFilterService(filters, clock);
    }

    UpdateSavedFilterService updateFilter() {
        return new UpdateSavedFilterService(filters, clock);
    }

    DeleteSavedFilterService deleteFilter() {
        return new DeleteSavedFilterService(filters);
    }

    CountAudienceService countAudience() {
        return new CountAudienceService(new JdbiAudienceCounter(jdbi, clock));
    }

    CreateCampaignService createCampaign() {
        return new CreateCampaignService(campaigns, lists, filters, businessZone, clock);
    }

    UpdateCampaignService updateCampaign() {
        return new UpdateCampaignService(campaigns, lists, filters, businessZone, clock);
    }

    GetCampaignService getCampaign() {
        return new GetCampaignService(campaigns, recipients);
    }

    ListCampaignsService listCampaigns() {
        return new ListCampaignsService(campaigns);
    }

    PreviewCampaignService previewCampaign() {
        return new PreviewCampaignService(campaigns, members, clock);
    }

    LaunchCampaignService launchCampaign() {
        return new LaunchCampaignService(campaigns, recipients, members, transactions, clock);
    }

    PauseCampaignService pauseCampaign() {
        return new PauseCampaignService(campaigns, clock);
    }

    ResumeCampaignService resumeCampaign() {
        return new ResumeCampaignService(campaigns, clock);
    }

    CancelCampaignService cancelCampaign() {
        return new CancelCampaignService(campaigns, clock);
    }

    ListRecipientsService listRecipients() {
        return new ListRecipientsService(campaigns, recipients);
    }

    /** The leading scheduler's tick: starts, queues sends within window, limit and quiet hours, expires, completes. */
    RunSchedulerTickService schedulerTick(JobQueue jobs, ConversationRepository conversations,
                                          Optional<ProviderHistory> history, CampaignConfig config) {
        return new RunSchedulerTickService(campaigns, new JdbiCampaignSending(jdbi), new LibPhoneNumberTimeZones(), jobs,
                conversations, transactions, history, clock, config.sendsPerTick(),
                RunSchedulerTickService.DEFAULT_REQUEUE_AFTER, config.reviewAfter());
    }

    /** The {@code campaign.send} job: claims a recipient under a lease, sends once, records the outcome. */
    SendCampaignMessageHandler sendHandler(OpenPhoneServices openPhone, String worker, CampaignConfig config,
                                           OperationsMetrics metrics) {
        return new SendCampaignMessageHandler(new JdbiCampaignSending(jdbi), new JdbiContactRepository(jdbi),
                openPhone.conversations(), new JdbiSuppressionRepository(jdbi), openPhone.smsGateway(), transactions,
                clock, worker, config.sendLease(), metrics);
    }

    ExportRecipientsService exportRecipients() {
        return new ExportRecipientsService(campaigns, recipients);
    }
}
