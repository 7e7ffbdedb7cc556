package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.RecordingImportRepository;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.ImportListAddition;
import com.attackacrack.crm.application.port.in.campaign.PreparedList;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddImportToNamedListServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final RecordingImportRepository imports = new RecordingImportRepository();
    private final AddImportToNamedListService service =
            new AddImportToNamedListService(given.lists, imports, given.transactions, given.clock);

    @Test
    void prepareCreatesTheListWhenNoListHasTheNameAndAddingPutsTheImportsContactsOnItOnce() {
        PreparedList prepared = service.prepare(new CampaignListCommand("  Spring mailer ", null));
        Contact ann = given.givenContact("Ann", null, null);
        Contact bob = given.givenContact("Bob", null, null);
        ImportId run = finishedImport(ImportStatus.COMPLETED, List.of(ann, bob, ann));

        ImportListAddition addition = service.addImport(prepared.list().id(), run);

        assertThat(prepared.created()).isTrue();
        assertThat(prepared.list().name()).isEqualTo("Spring mailer");
        assertThat(addition.list().name()).isEqualTo("Spring mailer");
        assertThat(addition.added()).isEqualTo(2);
        assertThat(addition.alreadyMembers()).isZero();
        assertThat(addition.list().memberCount()).isEqualTo(2);
        assertThat(given.lists.list(PageRequest.first()).rows()).extracting(CampaignList::name)
                .containsExactly("Spring mailer");
        assertThat(given.transactions.units()).isEqualTo(2);
    }

    @Test
    void prepareUsesTheExistingListWhoseNameMatchesIgnoringCaseAndAddingCountsThoseAlreadyOnIt() {
        CampaignList existing = given.givenList("Spring Mailer");
        Contact ann = given.givenContact("Ann", null, null);
        Contact bob = given.givenContact("Bob", null, null);
        Contact cara = given.givenContact("Cara", null, null);
        Contact other = given.givenContact("Other", null, null);
        given.lists.addMembers(existing.id(), List.of(ann.id(), other.id()), given.clock.instant());
        ImportId run = finishedImport(ImportStatus.COMPLETED, List.of(ann, bob, cara));

        PreparedList prepared = service.prepare(new CampaignListCommand("SPRING MAILER", null));
        ImportListAddition addition = service.addImport(prepared.list().id(), run);

        assertThat(prepared.created()).isFalse();
        assertThat(prepared.list().id()).isEqualTo(existing.id());
        assertThat(addition.list().name()).isEqualTo("Spring Mailer");
        assertThat(addition.added()).isEqualTo(2);
        assertThat(addition.alreadyMembers()).isOne();
        assertThat(addition.list().memberCount()).isEqualTo(4);
        assertThat(given.lists.list(PageRequest.first()).total()).isOne();
    }

    @Test
    void addingTheSameImportAgainAddsNobodyAndSaysEveryoneWasAlreadyOnIt() {
        Contact ann = given.givenContact("Ann", null, null);
        Contact bob = given.givenContact("Bob", null, null);
        ImportId run = finishedImport(ImportStatus.COMPLETED, List.of(ann, bob));
        CampaignListId list = service.prepare(new CampaignListCommand("Spring mailer", null)).list().id();
        service.addImport(list, run);

        ImportListAddition again = service.addImport(
                service.prepare(new CampaignListCommand("spring mailer", null)).list().id(), run);

        assertThat(again.added()).isZero();
        assertThat(again.alreadyMembers()).isEqualTo(2);
        assertThat(again.list().memberCount()).isEqualTo(2);
    }

    @Test
    void aListCreatedByAnotherSessionInTheMeantimeIsUsedRatherThanFailing() {
        RacingLists racing = new RacingLists(given);
        AddImportToNamedListService raced =
                new AddImportToNamedListService(racing, imports, given.transactions, given.clock);

        PreparedList prepared = raced.prepare(new CampaignListCommand("Spring mailer", null));

        assertThat(prepared.created()).isFalse();
        assertThat(prepared.list().name()).isEqualTo("Spring Mailer");
        assertThat(given.lists.list(PageRequest.first()).total()).isOne();
    }

    @Test
    void theContactsAFailedImportCommittedBeforeItStoppedAreAddedToo() {
        CampaignListId list = service.prepare(new CampaignListCommand("Spring mailer", null)).list().id();
        Contact ann = given.givenContact("Ann", null, null);
        ImportId failed = finishedImport(ImportStatus.FAILED, List.of(ann));

        ImportListAddition addition = service.addImport(list, failed);

        assertThat(addition.added()).isOne();
        assertThat(addition.list().memberCount()).isOne();
    }

    @Test
    void anUnknownImportOrListAndAnUnfinishedImportAreRefused() {
        CampaignListId list = service.prepare(new CampaignListCommand("Spring mailer", null)).list().id();
        ImportId running = imports.start("more.csv", ImportFormat.PROPERTYRADAR, "CLI", null, given.clock.instant());
        ImportId done = finishedImport(ImportStatus.COMPLETED, List.of());

        assertThatThrownBy(() -> service.addImport(list, new ImportId(77)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND))
                .hasMessage("No import with id 77");
        assertThatThrownBy(() -> service.addImport(list, running))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.INVALID))
                .hasMessage("Import " + running + " has not finished (running), so its contacts cannot be added to a "
                        + "list yet");
        assertThatThrownBy(() -> service.addImport(new CampaignListId(999), done))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }

    @Test
    void aBlankOrOverlongNameIsRefusedWithTheListFormsMessage() {
        assertThatThrownBy(() -> new CampaignListCommand("  ", null))
                .hasMessage("List name is required (1 to 100 characters)");
        assertThatThrownBy(() -> new CampaignListCommand("x".repeat(101), null))
                .hasMessage("List name must be at most 100 characters, was 101");
    }

    private ImportId finishedImport(ImportStatus status, List<Contact> contacts) {
        ImportId run = imports.start("leads.csv", ImportFormat.PROPERTYRADAR, "CLI", null, given.clock.instant());
        imports.finish(run, status, status == ImportStatus.FAILED ? "Line 3: quoted field never closed" : null,
                given.clock.instant());
        given.lists.givenImportContacts(run, contacts.stream().map(Contact::id).toList());
        return run;
    }

    /** Lists where another session creates "Spring Mailer" between this service's look-up and its create. */
    private static final class RacingLists implements CampaignListRepository {

        private final AudienceFixture given;
        private boolean raced;

        RacingLists(AudienceFixture given) {
            this.given = given;
        }

        @Override
        public CampaignList create(String name, String description, Instant now) {
            if (!raced) {
                raced = true;
                given.lists.create("Spring Mailer", null, now);
            }
            return given.lists.create(name, description, now);
        }

        @Override
        public Optional<CampaignList> findByName(String name) {
            return raced ? given.lists.findByName(name) : Optional.empty();
        }

        @Override
        public CampaignList update(CampaignListId id, String name, String description, Instant now) {
            return given.lists.update(id, name, description, now);
        }

        @Override
        public boolean delete(CampaignListId id) {
            return given.lists.delete(id);
        }

        @Override
        public Optional<CampaignList> find(CampaignListId id) {
            return given.lists.find(id);
        }

        @Override
        public Page<CampaignList> list(PageRequest page) {
            return given.lists.list(page);
        }

        @Override
        public long addMembers(CampaignListId list, Collection<ContactId> contacts, Instant now) {
            return given.lists.addMembers(list, contacts, now);
        }

        @Override
        public long addMatching(CampaignListId list, ContactFilter filter, Instant now) {
            return given.lists.addMatching(list, filter, now);
        }

        @Override
        public long addFromImport(CampaignListId list, ImportId importId, Instant now) {
            return given.lists.addFromImport(list, importId, now);
        }

        @Override
        public long countImportContacts(ImportId importId) {
            return given.lists.countImportContacts(importId);
        }

        @Override
        public long removeMembers(CampaignListId list, Collection<ContactId> contacts) {
            return given.lists.removeMembers(list, contacts);
        }

        @Override
        public Page<ContactSummary> members(CampaignListId list, PageRequest page) {
            return given.lists.members(list, page);
        }
    }
}
