package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.FixedAudienceCounter;
import com.attackacrack.crm.application.fakes.InMemoryCampaignListRepository;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemorySavedFilterRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.in.campaign.AddContactsToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.AddImportToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.AddMatchingContactsToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.CampaignListDetails;
import com.attackacrack.crm.application.port.in.campaign.CountAudienceUseCase;
import com.attackacrack.crm.application.port.in.campaign.CreateCampaignListUseCase;
import com.attackacrack.crm.application.port.in.campaign.CreateSavedFilterUseCase;
import com.attackacrack.crm.application.port.in.campaign.DeleteCampaignListUseCase;
import com.attackacrack.crm.application.port.in.campaign.DeleteSavedFilterUseCase;
import com.attackacrack.crm.application.port.in.campaign.GetCampaignListUseCase;
import com.attackacrack.crm.application.port.in.campaign.GetSavedFilterUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.application.port.in.campaign.ListCampaignListsUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.application.port.in.campaign.ListSavedFiltersUseCase;
import com.attackacrack.crm.application.port.in.campaign.RemoveListMembersUseCase;
import com.attackacrack.crm.application.port.in.campaign.RenameCampaignListUseCase;
import com.attackacrack.crm.application.port.in.campaign.SavedFilterCommand;
import com.attackacrack.crm.application.port.in.campaign.UpdateSavedFilterUseCase;
import com.attackacrack.crm.application.service.campaign.AddContactsToListService;
import com.attackacrack.crm.application.service.campaign.AddImportToListService;
import com.attackacrack.crm.application.service.campaign.AddMatchingContactsToListService;
import com.attackacrack.crm.application.service.campaign.CountAudienceService;
import com.attackacrack.crm.application.service.campaign.CreateCampaignListService;
import com.attackacrack.crm.application.service.campaign.CreateSavedFilterService;
import com.attackacrack.crm.application.service.campaign.DeleteCampaignListService;
import com.attackacrack.crm.application.service.campaign.DeleteSavedFilterService;
import com.attackacrack.crm.application.service.campaign.GetCampaignListService;
import com.attackacrack.crm.application.service.campaign.GetSavedFilterService;
import com.attackacrack.crm.application.service.campaign.ListCampaignListsService;
import com.attackacrack.crm.application.service.campaign.ListSavedFiltersService;
import com.attackacrack.crm.application.service.campaign.RemoveListMembersService;
import com.attackacrack.crm.application.service.campaign.RenameCampaignListService;
import com.attackacrack.crm.application.service.campaign.UpdateSavedFilterService;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every list and saved-filter in-port, served by the real services over the application's in-memory fakes (with their
 * own contacts), recording the changes it was asked for.
 */
public final class FakeAudiences implements ListCampaignListsUseCase, GetCampaignListUseCase, CreateCampaignListUseCase,
        RenameCampaignListUseCase, DeleteCampaignListUseCase, AddContactsToListUseCase, AddMatchingContactsToListUseCase,
        AddImportToListUseCase, RemoveListMembersUseCase {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    private final List<String> calls = new ArrayList<>();
    private InMemoryContactRepository contacts;
    private InMemoryCampaignListRepository lists;
    private InMemorySavedFilterRepository filters;
    private FixedAudienceCounter counter;
    private RecordingImportRepository imports;
    private final Filters filterUseCases = new Filters();
    private int phones;

    public FakeAudiences() {
        reset();
    }

    public synchronized void reset() {
        contacts = new InMemoryContactRepository();
        lists = new InMemoryCampaignListRepository(contacts);
        filters = new InMemorySavedFilterRepository();
        counter = new FixedAudienceCounter(0);
        imports = new RecordingImportRepository();
        calls.clear();
        phones = 0;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized Contact givenContact(String firstName, String leadSource) {
        phones++;
        return contacts.create(new ContactDetails(firstName, null, new PhoneNumber("+1617555" + String.format("%04d", phones)),
                null, leadSource, null, null), "import", clock.instant());
    }

    public synchronized CampaignList givenList(String name) {
        clock.advance(Duration.ofSeconds(1));
        return lists.create(name, null, clock.instant());
    }

    public synchronized void givenMembers(CampaignListId list, Contact... members) {
        lists.addMembers(list, List.of(members).stream().map(Contact::id).toList(), clock.instant());
    }

    /** An import that created or matched these contacts. */
    public synchronized ImportId givenImport(List<ContactId> contactIds) {
        ImportId id = imports.start("leads.csv", ImportFormat.PROPERTYRADAR, "admin@example.com", 1L, clock.instant());
        lists.givenImportContacts(id, contactIds);
        return id;
    }

    /** The saved-filter in-ports, on the same state. */
    public Filters filters() {
        return filterUseCases;
    }

    public synchronized SavedFilter givenFilter(String name, AudienceFilter criteria) {
        return filters.create(name, criteria, clock.instant());
    }

    public synchronized Optional<SavedFilter> filter(SavedFilterId id) {
        return filters.find(id);
    }

    public synchronized Optional<CampaignList> list(CampaignListId id) {
        return lists.find(id);
    }

    public synchronized FixedAudienceCounter counter() {
        return counter;
    }

    private synchronized void record(String call) {
        calls.add(call);
    }

    @Override
    public synchronized Page<CampaignList> list(PageRequest page) {
        return new ListCampaignListsService(lists).list(page);
    }

    @Override
    public synchronized CampaignListDetails get(CampaignListId id, PageRequest members) {
        return new GetCampaignListService(lists).get(id, members);
    }

    @Override
    public synchronized CampaignList create(CampaignListCommand command) {
        record("createList " + command.name());
        return new CreateCampaignListService(lists, clock).create(command);
    }

    @Override
    public synchronized CampaignList rename(CampaignListId id, CampaignListCommand command) {
        record("renameList " + id + " " + command.name());
        return new RenameCampaignListService(lists, clock).rename(id, command);
    }

    @Override
    public synchronized void delete(CampaignListId id) {
        record("deleteList " + id);
        new DeleteCampaignListService(lists).delete(id);
    }

    @Override
    public synchronized ListAddition add(ListMembersCommand command) {
        record("addContacts " + command.list() + " " + command.contacts());
        return new AddContactsToListService(lists, new DirectTransactionRunner(), clock).add(command);
    }

    @Override
    public synchronized ListAddition addMatching(CampaignListId list, ContactFilter filter) {
        record("addMatching " + list + " " + filter);
        return new AddMatchingContactsToListService(lists, new SimplePhoneNormaliser(), new DirectTransactionRunner(), clock)
                .addMatching(list, filter);
    }

    @Override
    public synchronized ListAddition addImport(CampaignListId list, ImportId importId) {
        record("addImport " + list + " " + importId);
        return new AddImportToListService(lists, imports, new DirectTransactionRunner(), clock)
                .addImport(list, importId);
    }

    @Override
    public synchronized long remove(ListMembersCommand command) {
        record("removeMembers " + command.list() + " " + command.contacts());
        return new RemoveListMembersService(lists).remove(command);
    }

    /** The saved-filter and count in-ports over the fake's state. */
    public final class Filters implements ListSavedFiltersUseCase, GetSavedFilterUseCase, CreateSavedFilterUseCase,
            UpdateSavedFilterUseCase, DeleteSavedFilterUseCase, CountAudienceUseCase {

        private InMemorySavedFilterRepository store() {
            synchronized (FakeAudiences.this) {
                return filters;
            }
        }

        @Override
        public Page<SavedFilter> list(PageRequest page) {
            return new ListSavedFiltersService(store()).list(page);
        }

        @Override
        public SavedFilter get(SavedFilterId id) {
            return new GetSavedFilterService(store()).get(id);
        }

        @Override
        public SavedFilter create(SavedFilterCommand command) {
            FakeAudiences.this.record("createFilter " + command.name());
            return new CreateSavedFilterService(store(), clock).create(command);
        }

        @Override
        public SavedFilter update(SavedFilterId id, SavedFilterCommand command) {
            FakeAudiences.this.record("updateFilter " + id + " " + command.name());
            return new UpdateSavedFilterService(store(), clock).update(id, command);
        }

        @Override
        public void delete(SavedFilterId id) {
            FakeAudiences.this.record("deleteFilter " + id);
            new DeleteSavedFilterService(store()).delete(id);
        }

        @Override
        public long count(AudienceFilter filter) {
            return new CountAudienceService(counter()).count(filter);
        }
    }
}
