package com.attackacrack.crm.domain.importing;

import com.attackacrack.crm.domain.property.PropertyDetails;
import java.util.List;

/**
 * One data record of an import file, normalised: the line it starts on (1-based, the header is line 1), its
 * property (null when the row has none or it was invalid), the people on it, and what was wrong with it.
 * A row with neither a property nor a person is rejected as a whole; its problems say why.
 */
public record ImportRow(long line, PropertyDetails property, List<ContactCandidate> contacts, List<RowProblem> problems) {

    public ImportRow {
        if (line < 2) {
            throw new IllegalArgumentException("data rows start on line 2, was " + line);
        }
        contacts = List.copyOf(contacts);
        problems = List.copyOf(problems);
    }

    /** True when nothing on the row can be imported. */
    public boolean rejected() {
        return property == null && contacts.isEmpty();
    }
}
