package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * The conflict queue: lists the differences imports found, and resolves them, writing the chosen value into the
 * contact and recording how, by whom and when on the conflict itself (its audit trail). Resolving is a conditional
 * update of an open conflict, so two admins cannot resolve the same one twice.
 */
public interface ImportConflictRepository {

    /** A page of conflicts, newest first, with the filtered total. */
    Page<ImportConflict> list(ConflictFilter filter, PageRequest page);

    /** One conflict. */
    Optional<ImportConflict> find(long id);

    /**
     * Resolves an open conflict: {@code value} (already normalised; null for KEPT_CURRENT) is written into the
     * contact's field. Returns false when the conflict was not open any more. Throws
     * {@link com.attackacrack.crm.domain.contact.DuplicateContactException} when another contact holds that phone
     * or email (nothing is changed then).
     */
    boolean resolve(long id, ConflictStatus resolution, String value, String resolvedBy, Instant now);

    /**
     * Resolves every open conflict of one import as KEPT_CURRENT or TOOK_INCOMING, set-based; conflicts whose
     * incoming phone or email another contact holds are left open. Returns how many were resolved.
     */
    int resolveAll(ImportId importId, ConflictStatus resolution, String resolvedBy, Instant now);

    /** How many conflicts are open, in all or (when not null) for one contact. */
    long countOpen(ContactId contactOrNull);
}
