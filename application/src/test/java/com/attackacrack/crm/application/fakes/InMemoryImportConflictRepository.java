package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ImportConflictRepository;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fake of {@link ImportConflictRepository}: conflicts in memory, resolving conditional on OPEN; it does not
 * touch contacts but records every resolve call (with the value that would be written).
 */
public final class InMemoryImportConflictRepository implements ImportConflictRepository {

    /** One resolve call as received. */
    public record ResolveCall(long id, ConflictStatus resolution, String value, String resolvedBy, Instant now) {
    }

    /** One resolveAll call as received. */
    public record ResolveAllCall(ImportId importId, ConflictStatus resolution, String resolvedBy, Instant now) {
    }

    private final Map<Long, ImportConflict> conflicts = new LinkedHashMap<>();
    private final List<ResolveCall> resolveCalls = new ArrayList<>();
    private final List<ResolveAllCall> resolveAllCalls = new ArrayList<>();
    private String beatenBy;

    @Override
    public Page<ImportConflict> list(ConflictFilter filter, PageRequest page) {
        List<ImportConflict> matching = conflicts.values().stream()
                .filter(c -> filter.importId() == null || filter.importId().equals(c.importId()))
                .filter(c -> filter.status() == null || filter.status() == c.status())
                .filter(c -> filter.field() == null || filter.field() == c.field())
                .sorted(Comparator.comparing(ImportConflict::createdAt).thenComparingLong(ImportConflict::id).reversed())
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public Optional<ImportConflict> find(long id) {
        return Optional.ofNullable(conflicts.get(id));
    }

    @Override
    public boolean resolve(long id, ConflictStatus resolution, String value, String resolvedBy, Instant now) {
        resolveCalls.add(new ResolveCall(id, resolution, value, resolvedBy, now));
        if (beatenBy != null) {
            ImportConflict conflict = conflicts.get(id);
            conflicts.put(id, resolved(conflict, ConflictStatus.KEPT_CURRENT, null, beatenBy, now));
            beatenBy = null;
        }
        ImportConflict conflict = conflicts.get(id);
        if (conflict == null || !conflict.open()) {
            return false;
        }
        conflicts.put(id, resolved(conflict, resolution, value, resolvedBy, now));
        return true;
    }

    @Override
    public int resolveAll(ImportId importId, ConflictStatus resolution, String resolvedBy, Instant now) {
        resolveAllCalls.add(new ResolveAllCall(importId, resolution, resolvedBy, now));
        int count = 0;
        for (ImportConflict conflict : List.copyOf(conflicts.values())) {
            if (conflict.importId().equals(importId) && conflict.open()) {
                String value = resolution == ConflictStatus.TOOK_INCOMING ? conflict.incomingValue() : null;
                conflicts.put(conflict.id(), resolved(conflict, resolution, value, resolvedBy, now));
                count++;
            }
        }
        return count;
    }

    @Override
    public long countOpen(ContactId contactOrNull) {
        return conflicts.values().stream()
                .filter(ImportConflict::open)
                .filter(c -> contactOrNull == null || contactOrNull.equals(c.contactId()))
                .count();
    }

    /** Adds (or replaces) a conflict. */
    public void add(ImportConflict conflict) {
        conflicts.put(conflict.id(), conflict);
    }

    /** The next resolve finds the conflict already resolved (KEPT_CURRENT) by this admin, as if they raced ahead. */
    public void letOtherAdminResolveFirst(String admin) {
        this.beatenBy = admin;
    }

    public List<ResolveCall> resolveCalls() {
        return List.copyOf(resolveCalls);
    }

    public List<ResolveAllCall> resolveAllCalls() {
        return List.copyOf(resolveAllCalls);
    }

    private static ImportConflict resolved(ImportConflict c, ConflictStatus status, String value, String by, Instant at) {
        return new ImportConflict(c.id(), c.importId(), c.fileName(), c.line(), c.contactId(), c.contactName(), c.field(),
                c.currentValue(), c.valueNow(), c.incomingValue(), status, value, by, at, c.createdAt());
    }
}
