package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Test fake of {@link CampaignListRepository} over a contact repository (members must exist there; their property
 * counts show as 0). Names unique ignoring case; lists newest first; members most recently added first. The
 * contacts of an import are given with {@link #givenImportContacts}.
 */
public final class InMemoryCampaignListRepository implements CampaignListRepository {

    private final ContactRepository contacts;
    private final Map<CampaignListId, CampaignList> lists = new LinkedHashMap<>();
    private final Map<CampaignListId, LinkedHashSet<ContactId>> members = new HashMap<>();
    private final Map<ImportId, List<ContactId>> imports = new HashMap<>();
    private long lastId;

    public InMemoryCampaignListRepository(ContactRepository contacts) {
        this.contacts = contacts;
    }

    /** Records the contacts an import created or matched. */
    public synchronized void givenImportContacts(ImportId importId, List<ContactId> contactIds) {
        imports.put(importId, List.copyOf(contactIds));
    }

    @Override
    public synchronized CampaignList create(String name, String description, Instant now) {
        requireFree(name, null);
        CampaignList list = new CampaignList(new CampaignListId(++lastId), name, description, 0, now, now);
        lists.put(list.id(), list);
        members.put(list.id(), new LinkedHashSet<>());
        return list;
    }

    @Override
    public synchronized CampaignList update(CampaignListId id, String name, String description, Instant now) {
        CampaignList stored = lists.get(id);
        if (stored == null) {
            throw BusinessRuleException.notFound("No campaign list with id " + id);
        }
        requireFree(name, id);
        CampaignList updated = new CampaignList(id, name, description, stored.memberCount(), stored.createdAt(), now);
        lists.put(id, updated);
        return updated;
    }

    @Override
    public synchronized boolean delete(CampaignListId id) {
        members.remove(id);
        return lists.remove(id) != null;
    }

    @Override
    public synchronized Optional<CampaignList> find(CampaignListId id) {
        CampaignList list = lists.get(id);
        return list == null ? Optional.empty() : Optional.of(withCount(list));
    }

    @Override
    public synchronized Optional<CampaignList> findByName(String name) {
        return lists.values().stream().filter(list -> sameName(list.name(), name)).findFirst().map(this::withCount);
    }

    @Override
    public synchronized Page<CampaignList> list(PageRequest page) {
        List<CampaignList> all = lists.values().stream().map(this::withCount)
                .sorted(Comparator.comparing(CampaignList::createdAt).thenComparing(l -> l.id().value()).reversed())
                .toList();
        return new Page<>(slice(all, page), all.size(), page);
    }

    @Override
    public synchronized long addMembers(CampaignListId list, Collection<ContactId> contactIds, Instant now) {
        LinkedHashSet<ContactId> current = members.get(list);
        if (current == null) {
            return 0;
        }
        long added = 0;
        for (ContactId id : contactIds) {
            if (contacts.findById(id).isPresent() && current.add(id)) {
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized long addMatching(CampaignListId list, ContactFilter filter, Instant now) {
        List<ContactId> matching = new ArrayList<>();
        contacts.export(filter, ContactSort.CREATED_ASC, summary -> matching.add(summary.contact().id()));
        return addMembers(list, matching, now);
    }

    @Override
    public synchronized long addFromImport(CampaignListId list, ImportId importId, Instant now) {
        return addMembers(list, imports.getOrDefault(importId, List.of()), now);
    }

    @Override
    public synchronized long countImportContacts(ImportId importId) {
        return imports.getOrDefault(importId, List.of()).stream().distinct()
                .filter(id -> contacts.findById(id).isPresent()).count();
    }

    @Override
    public synchronized long removeMembers(CampaignListId list, Collection<ContactId> contactIds) {
        LinkedHashSet<ContactId> current = members.get(list);
        if (current == null) {
            return 0;
        }
        return new LinkedHashSet<>(contactIds).stream().filter(current::remove).count();
    }

    @Override
    public synchronized Page<ContactSummary> members(CampaignListId list, PageRequest page) {
        List<ContactSummary> all = new ArrayList<>(existingMembers(list).stream()
                .map(id -> new ContactSummary(contacts.findById(id).orElseThrow(), 0)).toList());
        Collections.reverse(all);
        return new Page<>(slice(all, page), all.size(), page);
    }

    private List<ContactId> existingMembers(CampaignListId list) {
        LinkedHashSet<ContactId> current = members.getOrDefault(list, new LinkedHashSet<>());
        current.removeIf(id -> contacts.findById(id).isEmpty());
        return List.copyOf(current);
    }

    private CampaignList withCount(CampaignList list) {
        return new CampaignList(list.id(), list.name(), list.description(), existingMembers(list.id()).size(),
                list.createdAt(), list.updatedAt());
    }

    private void requireFree(String name, CampaignListId self) {
        for (CampaignList list : lists.values()) {
            if (!list.id().equals(self) && sameName(list.name(), name)) {
                throw BusinessRuleException.conflict("A list named '" + list.name()
                        + "' already exists: choose another name.");
            }
        }
    }

    private static boolean sameName(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static <T> List<T> slice(List<T> all, PageRequest page) {
        int from = (int) Math.min(all.size(), page.offset());
        return all.subList(from, Math.min(all.size(), from + page.size()));
    }
}
