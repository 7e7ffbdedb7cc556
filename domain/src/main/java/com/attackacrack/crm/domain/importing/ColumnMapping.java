package com.attackacrack.crm.domain.importing;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which header column of a generic CSV file holds which {@link ImportField}; header names are kept as written in the
 * file (trimmed). At least one column must identify a person (a name, a phone or an email) or a property (street).
 */
public record ColumnMapping(Map<ImportField, String> columns) {

    private static final List<ImportField> IDENTIFYING = List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME,
            ImportField.FULL_NAME, ImportField.PHONE, ImportField.EMAIL, ImportField.STREET);

    public ColumnMapping {
        Objects.requireNonNull(columns, "columns");
        Map<ImportField, String> copy = new EnumMap<>(ImportField.class);
        columns.forEach((field, header) -> {
            Objects.requireNonNull(field, "field");
            if (header != null && !header.isBlank()) {
                copy.put(field, header.strip());
            }
        });
        if (IDENTIFYING.stream().noneMatch(copy::containsKey)) {
            throw BusinessRuleException.invalid("Map at least one column to First name, Last name, Full name, Phone, "
                    + "Email or Street so each row says who or what it is about");
        }
        columns = Map.copyOf(copy);
    }

    /** The header name mapped to this field, or empty. */
    public Optional<String> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** Whether this field is mapped to a column. */
    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }
}
