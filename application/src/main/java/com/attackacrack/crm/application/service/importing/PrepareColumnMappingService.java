package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ColumnMappingDraft;
import com.attackacrack.crm.application.port.in.importing.PrepareColumnMappingUseCase;
import com.attackacrack.crm.application.port.out.ColumnMappingRepository;
import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the header of an import waiting for a mapping from its stored file and proposes a field for each column:
 * those of a saved mapping when one is named (its columns matched ignoring case), else {@link ColumnMappingSuggester}'s.
 */
public final class PrepareColumnMappingService implements PrepareColumnMappingUseCase {

    private final ImportRepository imports;
    private final ImportFileStore files;
    private final ColumnMappingRepository mappings;

    public PrepareColumnMappingService(ImportRepository imports, ImportFileStore files,
                                       ColumnMappingRepository mappings) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.files = Objects.requireNonNull(files, "files");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
    }

    @Override
    public ColumnMappingDraft prepare(ImportId id, String savedMappingNameOrNull) {
        Objects.requireNonNull(id, "id");
        ImportRecord record = MapImportColumnsService.awaitingMapping(imports, id);
        List<String> header = MapImportColumnsService.storedHeader(files, id);
        Map<ImportField, String> columns;
        if (savedMappingNameOrNull == null || savedMappingNameOrNull.isBlank()) {
            columns = ColumnMappingSuggester.suggestColumns(header);
        } else {
            columns = mappings.find(savedMappingNameOrNull).map(ColumnMapping::columns)
                    .orElseThrow(() -> BusinessRuleException.invalid("No saved mapping is called '"
                            + savedMappingNameOrNull.strip() + "'"));
        }
        return new ColumnMappingDraft(record, header, byColumn(header, columns), mappings.names());
    }

    /** The field of each header column named in the mapping (ignoring case), in header order. */
    private static Map<String, ImportField> byColumn(List<String> header, Map<ImportField, String> columns) {
        Map<String, ImportField> byColumn = new LinkedHashMap<>();
        for (String column : header) {
            String key = column.toLowerCase(Locale.ROOT);
            columns.entrySet().stream()
                    .filter(entry -> entry.getValue().strip().toLowerCase(Locale.ROOT).equals(key))
                    .filter(entry -> !byColumn.containsValue(entry.getKey()))
                    .findFirst()
                    .ifPresent(entry -> byColumn.putIfAbsent(column, entry.getKey()));
        }
        return byColumn;
    }
}
