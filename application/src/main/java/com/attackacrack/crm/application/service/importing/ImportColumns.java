package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** The header row of an import file: finds columns by name (any case, trimmed) and reads their values. */
public final class ImportColumns {

    private final List<String> header;
    private final Map<String, Integer> indexes = new HashMap<>();

    /** Columns named by this header row; when a name repeats, the first column with it wins. */
    public ImportColumns(List<String> header) {
        this.header = List.copyOf(header);
        for (int i = 0; i < this.header.size(); i++) {
            indexes.putIfAbsent(key(this.header.get(i)), i);
        }
    }

    /** The header row as read. */
    public List<String> header() {
        return header;
    }

    /** The 0-based position of the column with this name, or empty. */
    public OptionalInt index(String name) {
        Integer index = name == null ? null : indexes.get(key(name));
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** Whether the header has a column with this name. */
    public boolean has(String name) {
        return index(name).isPresent();
    }

    /** The trimmed value of this column on the record, or null when blank, missing from the record or not a column. */
    public String value(CsvRecord record, String name) {
        OptionalInt index = index(name);
        if (index.isEmpty() || index.getAsInt() >= record.fields().size()) {
            return null;
        }
        String value = record.fields().get(index.getAsInt()).strip();
        return value.isEmpty() ? null : value;
    }

    /** The names in {@code required} that the header lacks, in the order given. */
    public List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!has(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Refuses the file, naming every missing column, unless the header has all of {@code required}. */
    public void requireColumns(ImportFormat format, List<String> required) {
        List<String> missing = missing(required);
        if (!missing.isEmpty()) {
            throw missingColumns(format, missing);
        }
    }

    /** The error for a file of this format that lacks these columns. */
    public static BusinessRuleException missingColumns(ImportFormat format, List<String> missing) {
        String article = "AEIOUaeiou".indexOf(format.label().charAt(0)) >= 0 ? "an " : "a ";
        return BusinessRuleException.invalid("The file is missing required columns for " + article + format.label() + ": "
                + String.join(", ", missing));
    }

    /** PropertyRadar when the header has Address, ZIP, APN and Primary Name; OpenPhone for its contact columns; else generic. */
    public static ImportFormat detect(List<String> header) {
        ImportColumns columns = new ImportColumns(header);
        if (columns.missing(List.of("Address", "ZIP", "APN", "Primary Name")).isEmpty()) {
            return ImportFormat.PROPERTYRADAR;
        }
        if (columns.missing(List.of("First name", "Last name", "Phone number")).isEmpty()) {
            return ImportFormat.OPENPHONE;
        }
        return ImportFormat.GENERIC;
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
