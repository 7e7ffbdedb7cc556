package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.importing.ColumnMapping;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Saved column mappings for generic CSV imports, by name (a name is saved over). */
public interface ColumnMappingRepository {

    /** Saves the mapping under the name, replacing one saved before under it. */
    void save(String name, ColumnMapping mapping, Instant now);

    /** The mapping saved under the name (names match ignoring case). */
    Optional<ColumnMapping> find(String name);

    /** Every saved name, A to Z. */
    List<String> names();
}
