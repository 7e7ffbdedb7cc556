package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores saved audience filters in PostgreSQL (V11), the criteria as a {@code jsonb} object
 * ({@link SavedFilterRowMapper}); the unique index on {@code lower(name)} decides duplicate names.
 */
public final class JdbiSavedFilterRepository implements SavedFilterRepository {

    private static final String SELECT = "select " + SavedFilterRowMapper.COLUMNS + " from saved_filters f";
    private static final String UPDATE_SAVEPOINT = "saved_filter_update";
    private static final SavedFilterRowMapper FILTERS = new SavedFilterRowMapper();

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiSavedFilterRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public SavedFilter create(String name, AudienceFilter criteria, Instant now) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(criteria, "criteria");
        return jdbi.withHandle(handle -> {
            Optional<Long> id = SavedFilterRowMapper.bindCriteria(handle.createQuery(
                            "insert into saved_filters (name, criteria, created_at, updated_at) values (:name, "
                                    + SavedFilterRowMapper.BUILD_CRITERIA + ", :now, :now)"
                                    + " on conflict (lower(name)) do nothing returning id"), criteria)
                    .bind("name", name)
                    .bind("now", now)
                    .mapTo(Long.class)
                    .findOne();
            return read(handle, id.orElseThrow(() -> taken(handle, name)));
        });
    }

    @Override
    public SavedFilter update(SavedFilterId id, String name, AudienceFilter criteria, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(criteria, "criteria");
        return jdbi.inTransaction(handle -> {
            int updated = NamedRows.updateUnique(handle, UPDATE_SAVEPOINT, () -> SavedFilterRowMapper.bindCriteria(
                            handle.createUpdate("update saved_filters set name = :name, criteria = "
                                    + SavedFilterRowMapper.BUILD_CRITERIA + ", updated_at = :now where id = :id"), criteria)
                    .bind("id", id.value())
                    .bind("name", name)
                    .bind("now", now)
                    .execute(), () -> taken(handle, name));
            if (updated == 0) {
                throw BusinessRuleException.notFound("No saved filter with id " + id);
            }
            return read(handle, id.value());
        });
    }

    @Override
    public boolean delete(SavedFilterId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("delete from saved_filters where id = :id")
                .bind("id", id.value()).execute()) > 0;
    }

    @Override
    public Optional<SavedFilter> find(SavedFilterId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " where f.id = :id")
                .bind("id", id.value()).map(FILTERS).findOne());
    }

    @Override
    public Page<SavedFilter> list(PageRequest page) {
        return jdbi.withHandle(handle -> NamedRows.newestFirst(handle, SELECT, "f", "saved_filters", FILTERS, page));
    }

    private static SavedFilter read(Handle handle, long id) {
        return handle.createQuery(SELECT + " where f.id = :id").bind("id", id).map(FILTERS).one();
    }

    /** The CONFLICT for a taken name, naming the filter that holds it. */
    private static BusinessRuleException taken(Handle handle, String name) {
        return NamedRows.taken(handle, "saved_filters", "saved filter", name);
    }
}
