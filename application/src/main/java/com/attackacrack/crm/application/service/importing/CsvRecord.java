package com.attackacrack.crm.application.service.importing;

import java.util.List;

/** One CSV record: the 1-based physical line it starts on and its fields, unquoted. */
public record CsvRecord(long line, List<String> fields) {

    public CsvRecord {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        fields = List.copyOf(fields);
    }

    /** True when every field is empty or whitespace. */
    public boolean blank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
