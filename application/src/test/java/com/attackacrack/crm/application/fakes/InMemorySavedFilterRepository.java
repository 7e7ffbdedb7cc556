package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link SavedFilterRepository}: ids from 1, names unique ignoring case, newest first. */
public final class InMemorySavedFilterRepository implements SavedFilterRepository {

    private final Map<SavedFilterId, SavedFilter> byId = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized SavedFilter create(String name, AudienceFilter criteria, Instant now) {
        requireFree(name, null);
        SavedFilter filter = new SavedFilter(new SavedFilterId(++lastId), name, criteria, now, now);
        byId.put(filter.id(), filter);
        return filter;
    }

    @Override
    public synchronized SavedFilter update(SavedFilterId id, String name, AudienceFilter criteria, Instant now) {
        SavedFilter stored = byId.get(id);
        if (stored == null) {
            throw BusinessRuleException.notFound("No saved filter with id " + id);
        }
        requireFree(name, id);
        SavedFilter updated = new SavedFilter(id, name, criteria, stored.createdAt(), now);
        byId.put(id, updated);
        return updated;
    }

    @Override
    public synchronized boolean delete(SavedFilterId id) {
        return byId.remove(id) != null;
    }

    @Override
    public synchronized Optional<SavedFilter> find(SavedFilterId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Page<SavedFilter> list(PageRequest page) {
        List<SavedFilter> all = byId.values().stream()
                .sorted(Comparator.comparing(SavedFilter::createdAt).thenComparing(f -> f.id().value()).reversed())
                .toList();
        int from = (int) Math.min(all.size(), page.offset());
        return new Page<>(all.subList(from, Math.min(all.size(), from + page.size())), all.size(), page);
    }

    private void requireFree(String name, SavedFilterId self) {
        for (SavedFilter filter : byId.values()) {
            if (!filter.id().equals(self)
                    && filter.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                throw BusinessRuleException.conflict("A saved filter named '" + filter.name()
                        + "' already exists: choose another name.");
            }
        }
    }
}
