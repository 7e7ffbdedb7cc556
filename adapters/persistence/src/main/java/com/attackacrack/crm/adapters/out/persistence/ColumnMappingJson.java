package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ColumnMapping} as a {@code jsonb} object from {@link ImportField} name to header name
 * ({@code column_mappings.columns} in V7, {@code imports.column_mapping} in V6), built and read by PostgreSQL: bound as
 * two parallel text arrays folded by {@code jsonb_object_agg}, read back as two arrays through
 * {@code jsonb_each_text}. Fields this version no longer knows are skipped when reading.
 */
final class ColumnMappingJson {

    /** The jsonb of the arrays bound by {@link #bind}, null for no entries. */
    static final String BUILD = "(select jsonb_object_agg(f.field, f.header) from unnest(cast(:mappingFields as text[]), "
            + "cast(:mappingHeaders as text[])) as f (field, header))";

    private ColumnMappingJson() {
    }

    /** The select-list items reading the jsonb column {@code column} as {@code mapping_fields} and {@code mapping_headers}. */
    static String select(String column) {
        return "array(select e.key from jsonb_each_text(" + column + ") e order by e.key) as mapping_fields, "
                + "array(select e.value from jsonb_each_text(" + column + ") e order by e.key) as mapping_headers";
    }

    /** The field names of the mapping, in the order of {@link #headers} (none for null). */
    static String[] fields(ColumnMapping mapping) {
        return entries(mapping).stream().map(e -> e.getKey().name()).toArray(String[]::new);
    }

    /** The header names of the mapping, in the order of {@link #fields} (none for null). */
    static String[] headers(ColumnMapping mapping) {
        return entries(mapping).stream().map(Map.Entry::getValue).toArray(String[]::new);
    }

    /** The columns of stored (field name, header) pairs; unknown field names are skipped. */
    static Map<ImportField, String> columns(List<Map.Entry<String, String>> pairs) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (Map.Entry<String, String> pair : pairs) {
            try {
                columns.put(ImportField.valueOf(pair.getKey()), pair.getValue());
            } catch (IllegalArgumentException retired) {
                // A field this version no longer knows: the rest of the mapping still applies.
                continue;
            }
        }
        return columns;
    }

    /**
     * The mapping read by {@link #select}, or null when the column was null (or holds no field this version knows, or
     * no longer identifies anyone).
     */
    static ColumnMapping read(ResultSet rs) throws SQLException {
        String[] fields = strings(rs.getArray("mapping_fields"));
        String[] headers = strings(rs.getArray("mapping_headers"));
        if (fields.length == 0) {
            return null;
        }
        List<Map.Entry<String, String>> pairs = new java.util.ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            pairs.add(Map.entry(fields[i], headers[i]));
        }
        try {
            return new ColumnMapping(columns(pairs));
        } catch (BusinessRuleException noLongerValid) {
            return null;
        }
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static List<Map.Entry<ImportField, String>> entries(ColumnMapping mapping) {
        return mapping == null ? List.of() : List.copyOf(mapping.columns().entrySet());
    }
}
