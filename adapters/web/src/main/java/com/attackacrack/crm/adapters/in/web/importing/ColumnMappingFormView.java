package com.attackacrack.crm.adapters.in.web.importing;

import com.attackacrack.crm.application.port.in.importing.ColumnMappingDraft;
import com.attackacrack.crm.domain.importing.ImportField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The mapping step of an import waiting for its column mapping: one row per header column with the field chosen
 * for it ({@code ""}: ignored), every field to choose from, the saved mappings to start from, the name to save the
 * mapping as, and the message of a refused attempt.
 */
public record ColumnMappingFormView(String action, List<Row> rows, List<Map<String, String>> fields,
                                    List<String> savedNames, String savedName, String saveAs, String error) {

    /** One header column: its position (the form field is {@code column-<index>}), name and chosen field code. */
    public record Row(int index, String column, String selected) {
    }

    /** The form as proposed by the draft (suggested, or from the saved mapping {@code savedName}). */
    static ColumnMappingFormView of(ColumnMappingDraft draft, String savedName) {
        List<String> selected = new ArrayList<>();
        Map<String, ImportField> proposed = draft.fieldByColumn();
        for (String column : draft.header()) {
            ImportField field = proposed.get(column);
            selected.add(field == null || selected.contains(field.name()) ? "" : field.name());
        }
        return of(draft, selected, savedName, "", "");
    }

    /** The form with the admin's choices kept (one field code or {@code ""} per header column) and a message. */
    static ColumnMappingFormView of(ColumnMappingDraft draft, List<String> selected, String savedName, String saveAs,
                                    String error) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < draft.header().size(); i++) {
            rows.add(new Row(i, draft.header().get(i), i < selected.size() ? selected.get(i) : ""));
        }
        List<Map<String, String>> fields = Arrays.stream(ImportField.values())
                .map(field -> Map.of("code", field.name(), "label", field.label())).toList();
        return new ColumnMappingFormView(ImportsController.PATH + "/" + draft.record().id().value() + "/mapping",
                List.copyOf(rows), fields, draft.savedNames(), savedName == null ? "" : savedName,
                saveAs == null ? "" : saveAs, error == null ? "" : error);
    }
}
