package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ColumnMappingRepository;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Test fake of {@link ColumnMappingRepository}: mappings by name, names matching ignoring case. */
public final class InMemoryColumnMappingRepository implements ColumnMappingRepository {

    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, ColumnMapping> mappings = new TreeMap<>();

    @Override
    public void save(String name, ColumnMapping mapping, Instant now) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        names.put(key, name.strip());
        mappings.put(key, mapping);
    }

    @Override
    public Optional<ColumnMapping> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(mappings.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<String> names() {
        return names.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
