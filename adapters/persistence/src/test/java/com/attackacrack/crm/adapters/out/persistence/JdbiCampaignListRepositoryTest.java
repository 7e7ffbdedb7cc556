package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.AudienceRows.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiCampaignListRepositoryTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final AudienceRows rows = new AudienceRows(jdbi);
    private final JdbiCampaignListRepository lists = new JdbiCampaignListRepository(jdbi);

    @BeforeEach
    void givenNoListsOrContacts() {
        rows.empty();
    }

    @Test
    void aNewListIsEmptyAndListedNewestFirst() {
        CampaignList older = lists.create("Hot leads", "From the fair", T0);
        CampaignList newer = lists.create("Cold leads", null, T0.plusSeconds(1));

        Page<CampaignList> page = lists.list(PageRequest.first());

        assertThat(older.memberCount()).isZero();
        assertThat(older.description()).isEqualTo("From the fair");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).containsExactly(newer, older);
        assertThat(lists.find(older.id())).contains(older);
    }

    @Test
    void aTakenNameIsAConflictNamingTheExistingListIgnoringCase() {
        lists.create("Hot leads", null, T0);
        CampaignList other = lists.create("Other", null, T0);

        assertThatThrownBy(() -> lists.create("HOT LEADS", null, T0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT))
                .hasMessageContaining("'Hot leads'");
        assertThatThrownBy(() -> lists.update(other.id(), "hot Leads", null, T0))
                .hasMessageContaining("'Hot leads'");
    }

    @Test
    void renamingKeepsTheMembersAndAnUnknownListIsNotFound() {
        CampaignList list = lists.create("Hot leads", null, T0);
        lists.addMembers(list.id(), List.of(new ContactId(rows.contact("Ann"))), T0);

        CampaignList renamed = lists.update(list.id(), "Warm leads", "Now warm", T0.plusSeconds(5));

        assertThat(renamed.name()).isEqualTo("Warm leads");
        assertThat(renamed.description()).isEqualTo("Now warm");
        assertThat(renamed.memberCount()).isOne();
        assertThat(renamed.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThatThrownBy(() -> lists.update(new CampaignListId(999), "X", null, T0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }

    @Test
    void memberCountsStayExactUnderAddsDuplicateAddsRemovalsAndContactDeletion() {
        CampaignList list = lists.create("Hot leads", null, T0);
        ContactId ann = new ContactId(rows.contact("Ann"));
        ContactId bob = new ContactId(rows.contact("Bob"));
        ContactId cat = new ContactId(rows.contact("Cat"));

        assertThat(lists.addMembers(list.id(), List.of(ann, bob, ann), T0)).isEqualTo(2);
        assertThat(lists.addMembers(list.id(), List.of(bob, cat, new ContactId(999)), T0)).as("only Cat is new")
                .isOne();
        assertThat(memberCount(list)).isEqualTo(3);
        assertThat(lists.removeMembers(list.id(), List.of(bob, new ContactId(999)))).isOne();
        assertThat(memberCount(list)).isEqualTo(2);
        rows.deleteContact(cat.value());

        assertThat(memberCount(list)).isOne();
        assertThat(lists.members(list.id(), PageRequest.first()).rows()).extracting(s -> s.contact().id())
                .containsExactly(ann);
    }

    @Test
    void membersArePagedMostRecentlyAddedFirstWithTheTotal() {
        CampaignList list = lists.create("Hot leads", null, T0);
        ContactId ann = new ContactId(rows.contact("Ann"));
        ContactId bob = new ContactId(rows.contact("Bob"));
        ContactId cat = new ContactId(rows.contact("Cat"));
        lists.addMembers(list.id(), List.of(ann), T0);
        lists.addMembers(list.id(), List.of(bob, cat), T0.plus(Duration.ofMinutes(1)));

        Page<ContactSummary> first = lists.members(list.id(), new PageRequest(1, 2));
        Page<ContactSummary> second = lists.members(list.id(), new PageRequest(2, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.rows()).extracting(s -> s.contact().id()).containsExactly(cat, bob);
        assertThat(second.rows()).extracting(s -> s.contact().id()).containsExactly(ann);
    }

    @Test
    void addingAllMatchingAContactFilterAddsOnlyTheNewMatches() {
        CampaignList list = lists.create("Fair", null, T0);
        long ann = rows.contact("Ann", "ann@example.com", "Fair", false);
        rows.contact("Bob", null, "fair", true);
        rows.contact("Cat", "cat@example.com", "Web", false);
        lists.addMembers(list.id(), List.of(new ContactId(ann)), T0);
        ContactFilter fair = new ContactFilter(null, null, null, null, null, "FAIR", null, null, null);

        long added = lists.addMatching(list.id(), fair, T0);
        long again = lists.addMatching(list.id(), fair, T0);
        long searched = lists.addMatching(list.id(),
                new ContactFilter("cat@", null, true, null, null, null, null, null, null), T0);

        assertThat(added).as("Bob; Ann was a member already").isOne();
        assertThat(again).isZero();
        assertThat(searched).isOne();
        assertThat(memberCount(list)).isEqualTo(3);
        assertThat(lists.addMatching(new CampaignListId(999), ContactFilter.none(), T0)).as("no such list").isZero();
    }

    @Test
    void addingFromAnImportAddsTheContactsItCreatedOrMatchedThatStillExist() {
        CampaignList list = lists.create("Imported", null, T0);
        long ann = rows.contact("Ann");
        long bob = rows.contact("Bob");
        long gone = rows.contact("Gone");
        rows.contact("Other");
        long run = rows.importRun();
        rows.importedContact(run, 1, 1, ann, "created");
        rows.importedContact(run, 1, 2, bob, "enriched");
        rows.importedContact(run, 2, 1, ann, "unchanged");
        rows.importedContact(run, 3, 1, gone, "created");
        rows.deleteContact(gone);

        long added = lists.addFromImport(list.id(), new ImportId(run), T0);

        assertThat(added).isEqualTo(2);
        assertThat(memberCount(list)).isEqualTo(2);
        assertThat(lists.addFromImport(list.id(), new ImportId(run), T0)).isZero();
    }

    @Test
    void theImportsContactCountIsOfDistinctContactsThatStillExist() {
        long ann = rows.contact("Ann");
        long bob = rows.contact("Bob");
        long gone = rows.contact("Gone");
        rows.contact("Other");
        long run = rows.importRun();
        rows.importedContact(run, 1, 1, ann, "created");
        rows.importedContact(run, 1, 2, bob, "enriched");
        rows.importedContact(run, 2, 1, ann, "unchanged");
        rows.importedContact(run, 3, 1, gone, "created");
        rows.deleteContact(gone);

        assertThat(lists.countImportContacts(new ImportId(run))).isEqualTo(2);
        assertThat(lists.countImportContacts(new ImportId(run + 1))).isZero();
    }

    @Test
    void aListIsFoundByItsNameIgnoringCase() {
        CampaignList list = lists.create("Spring Mailer", null, T0);
        lists.create("Spring", null, T0);

        assertThat(lists.findByName("spring MAILER")).contains(list);
        assertThat(lists.findByName("Spring mailer ")).isEmpty();
        assertThat(lists.findByName("Autumn")).isEmpty();
    }

    @Test
    void deletingAListKeepsItsContacts() {
        CampaignList list = lists.create("Hot leads", null, T0);
        long ann = rows.contact("Ann");
        lists.addMembers(list.id(), List.of(new ContactId(ann)), T0);

        assertThat(lists.delete(list.id())).isTrue();
        assertThat(lists.delete(list.id())).isFalse();

        assertThat(lists.find(list.id())).isEmpty();
        long contacts = jdbi.withHandle(handle -> handle.createQuery("select count(*) from contacts")
                .mapTo(Long.class).one());
        assertThat(contacts).isOne();
    }

    private long memberCount(CampaignList list) {
        long kept = lists.find(list.id()).orElseThrow().memberCount();
        long counted = jdbi.withHandle(handle -> handle.createQuery(
                "select count(*) from campaign_list_members where list_id = :id").bind("id", list.id().value())
                .mapTo(Long.class).one());
        assertThat(kept).as("the kept count equals the rows").isEqualTo(counted);
        return kept;
    }
}
