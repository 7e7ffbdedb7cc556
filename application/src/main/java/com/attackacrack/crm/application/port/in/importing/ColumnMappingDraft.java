package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mapping step of an uploaded generic file: the import, its header row (each name trimmed), the field proposed
 * for each column (suggested from the header or taken from a saved mapping; columns not in it are ignored) and the
 * names of the saved mappings, A to Z.
 */
public record ColumnMappingDraft(ImportRecord record, List<String> header, Map<String, ImportField> fieldByColumn,
                                 List<String> savedNames) {

    public ColumnMappingDraft {
        Objects.requireNonNull(record, "record");
        header = List.copyOf(header);
        fieldByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(fieldByColumn));
        savedNames = List.copyOf(savedNames);
    }
}
