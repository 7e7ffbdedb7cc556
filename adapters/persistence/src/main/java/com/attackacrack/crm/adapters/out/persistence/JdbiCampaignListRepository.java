package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Stores campaign lists in PostgreSQL (V11). The unique index on {@code lower(name)} decides duplicate names; member
 * counts are kept by the triggers on {@code campaign_list_members}, and every addition is one
 * {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING} whose row count is the number of new members. Adding all
 * contacts matching a {@link ContactFilter} reuses the contact list's own conditions.
 */
public final class JdbiCampaignListRepository implements CampaignListRepository {

    private static final String SELECT = "select " + CampaignListRowMapper.COLUMNS + " from campaign_lists l";
    private static final String UPDATE_SAVEPOINT = "campaign_list_update";
    private static final CampaignListRowMapper LISTS = new CampaignListRowMapper();
    private static final ContactSummaryRowMapper SUMMARIES = new ContactSummaryRowMapper();

    /** Inserts into the list (when it exists) the contacts {@code c} that the {@code <where>} conditions pick. */
    private static final String ADD_MATCHING = """
            insert into campaign_list_members (list_id, contact_id, added_at)
            select l.id, c.id, :addedAt
            from campaign_lists l cross join contacts c
            <where>
            on conflict do nothing
            """;

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiCampaignListRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public CampaignList create(String name, String description, Instant now) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(now, "now");
        return jdbi.withHandle(handle -> handle.createQuery("""
                        insert into campaign_lists as l (name, description, created_at, updated_at)
                        values (:name, :description, :now, :now)
                        on conflict (lower(name)) do nothing
                        returning\s""" + CampaignListRowMapper.COLUMNS)
                .bind("name", name)
                .bind("description", description)
                .bind("now", now)
                .map(LISTS)
                .findOne()
                .orElseThrow(() -> taken(handle, name)));
    }

    @Override
    public CampaignList update(CampaignListId id, String name, String description, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        return jdbi.inTransaction(handle -> NamedRows.updateUnique(handle, UPDATE_SAVEPOINT, () -> handle.createQuery("""
                                update campaign_lists l set name = :name, description = :description, updated_at = :now
                                where l.id = :id
                                returning\s""" + CampaignListRowMapper.COLUMNS)
                        .bind("id", id.value())
                        .bind("name", name)
                        .bind("description", description)
                        .bind("now", now)
                        .map(LISTS)
                        .findOne(), () -> taken(handle, name))
                .orElseThrow(() -> BusinessRuleException.notFound("No campaign list with id " + id)));
    }

    @Override
    public boolean delete(CampaignListId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("delete from campaign_lists where id = :id")
                .bind("id", id.value()).execute()) > 0;
    }

    @Override
    public Optional<CampaignList> find(CampaignListId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " where l.id = :id")
                .bind("id", id.value()).map(LISTS).findOne());
    }

    @Override
    public Optional<CampaignList> findByName(String name) {
        Objects.requireNonNull(name, "name");
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " where lower(l.name) = lower(:name)")
                .bind("name", name).map(LISTS).findOne());
    }

    @Override
    public Page<CampaignList> list(PageRequest page) {
        return jdbi.withHandle(handle -> NamedRows.newestFirst(handle, SELECT, "l", "campaign_lists", LISTS, page));
    }

    @Override
    public long addMembers(CampaignListId list, Collection<ContactId> contacts, Instant now) {
        if (contacts.isEmpty()) {
            return 0;
        }
        SqlConditions where = new SqlConditions().add("c.id = any(:contactIds)");
        return jdbi.withHandle(handle -> insert(handle, list, where, now)
                .bindArray("contactIds", Long.class, contacts.stream().map(ContactId::value).distinct().toList())
                .execute());
    }

    @Override
    public long addMatching(CampaignListId list, ContactFilter filter, Instant now) {
        SqlConditions where = JdbiContactRepository.where(filter);
        return jdbi.withHandle(handle -> where.bindTo(insert(handle, list, where, now)).execute());
    }

    @Override
    public long addFromImport(CampaignListId list, ImportId importId, Instant now) {
        SqlConditions where = new SqlConditions().add(
                "c.id in (select r.contact_id from import_row_contacts r where r.import_id = :importId)",
                "importId", importId.value());
        return jdbi.withHandle(handle -> where.bindTo(insert(handle, list, where, now)).execute());
    }

    @Override
    public long countImportContacts(ImportId importId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select count(*) from contacts c
                        where c.id in (select r.contact_id from import_row_contacts r where r.import_id = :importId)
                        """)
                .bind("importId", importId.value()).mapTo(Long.class).one());
    }

    /** The insert of the contacts {@code where} picks, with the list condition in front. */
    private static Update insert(Handle handle, CampaignListId list, SqlConditions where, Instant now) {
        String conditions = where.isEmpty() ? "where l.id = :listId" : where.sql() + "\n  and l.id = :listId";
        return handle.createUpdate(ADD_MATCHING)
                .define("where", conditions)
                .bind("listId", list.value())
                .bind("addedAt", now);
    }

    @Override
    public long removeMembers(CampaignListId list, Collection<ContactId> contacts) {
        if (contacts.isEmpty()) {
            return 0;
        }
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "delete from campaign_list_members where list_id = :listId and contact_id = any(:contactIds)")
                .bind("listId", list.value())
                .bindArray("contactIds", Long.class, contacts.stream().map(ContactId::value).distinct().toList())
                .execute());
    }

    @Override
    public Page<ContactSummary> members(CampaignListId list, PageRequest page) {
        return jdbi.withHandle(handle -> {
            List<ContactSummary> rows = handle.createQuery("select " + ContactRowMapper.COLUMNS + """
                            , c.property_count
                            from campaign_list_members m join contacts c on c.id = m.contact_id
                            where m.list_id = :listId
                            order by m.added_at desc, m.contact_id desc
                            limit :limit offset :offset
                            """)
                    .bind("listId", list.value())
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map(SUMMARIES)
                    .list();
            long total = handle.createQuery("select member_count from campaign_lists where id = :listId")
                    .bind("listId", list.value()).mapTo(Long.class).findOne().orElse(0L);
            return new Page<>(rows, total, page);
        });
    }

    /** The CONFLICT for a taken name, naming the list that holds it. */
    private static BusinessRuleException taken(Handle handle, String name) {
        return NamedRows.taken(handle, "campaign_lists", "list", name);
    }
}
