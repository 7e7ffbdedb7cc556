package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The columns an admin mapped for an import waiting for a mapping: the field of each header column (columns left
 * out, or mapped to null, are ignored) and the name to save the mapping under (null: not saved).
 */
public record MapImportColumnsCommand(ImportId id, Map<String, ImportField> fieldByColumn, String saveAsName) {

    /** The longest name a mapping can be saved under. */
    public static final int MAX_NAME_LENGTH = 100;

    public MapImportColumnsCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fieldByColumn, "fieldByColumn");
        Map<String, ImportField> copy = new LinkedHashMap<>();
        fieldByColumn.forEach((column, field) -> {
            if (column != null && field != null) {
                copy.put(column, field);
            }
        });
        fieldByColumn = Collections.unmodifiableMap(copy);
        saveAsName = saveAsName == null || saveAsName.isBlank() ? null : saveAsName.strip();
        if (saveAsName != null && saveAsName.length() > MAX_NAME_LENGTH) {
            throw BusinessRuleException.invalid("A mapping's name must be at most " + MAX_NAME_LENGTH + " characters");
        }
    }
}
