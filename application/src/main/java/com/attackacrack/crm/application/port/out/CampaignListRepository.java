package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Stores static campaign lists and their members; names are unique ignoring case and each list's member count is
 * exact (adding a contact twice counts once, a deleted contact leaves every list). Adding to an unknown list adds
 * nothing; unknown contact ids are skipped.
 */
public interface CampaignListRepository {

    /** A new empty list; CONFLICT naming the existing list when the name is taken (ignoring case). */
    CampaignList create(String name, String description, Instant now);

    /** Renames and re-describes the list; CONFLICT as create does, NOT_FOUND for an unknown id. */
    CampaignList update(CampaignListId id, String name, String description, Instant now);

    /** Deletes the list and its memberships (never the contacts); false when there was no such list. */
    boolean delete(CampaignListId id);

    Optional<CampaignList> find(CampaignListId id);

    /** The list with this name, ignoring case (names are unique ignoring case). */
    Optional<CampaignList> findByName(String name);

    /** One page of lists, newest first, with the total number of lists. */
    Page<CampaignList> list(PageRequest page);

    /** Adds the contacts that exist and are not yet members; returns how many were new. */
    long addMembers(CampaignListId list, Collection<ContactId> contacts, Instant now);

    /** Adds every contact the contact list's filter matches, in one statement; returns how many were new. */
    long addMatching(CampaignListId list, ContactFilter filter, Instant now);

    /** Adds every contact the import created or matched (and that still exists); returns how many were new. */
    long addFromImport(CampaignListId list, ImportId importId, Instant now);

    /** How many distinct contacts, still existing, the import created or matched: those addFromImport adds. */
    long countImportContacts(ImportId importId);

    /** Removes these contacts from the list; returns how many were members. */
    long removeMembers(CampaignListId list, Collection<ContactId> contacts);

    /** One page of the list's members, most recently added first, with the list's member count as total. */
    Page<ContactSummary> members(CampaignListId list, PageRequest page);
}
