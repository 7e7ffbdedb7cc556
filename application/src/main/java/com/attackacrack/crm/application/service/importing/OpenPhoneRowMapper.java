package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Maps an OpenPhone contacts export row to one contact; its role and address go into the notes. */
public final class OpenPhoneRowMapper implements ImportRowMapper {

    private static final String LEAD_SOURCE = "OpenPhone";

    private final ImportColumns columns;
    private final PhoneNormaliser phones;

    /** Refuses a header without "Phone number" or without both "First name" and "Last name", naming what is missing. */
    public OpenPhoneRowMapper(ImportColumns columns, PhoneNormaliser phones) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.phones = Objects.requireNonNull(phones, "phones");
        List<String> missing = new ArrayList<>(columns.missing(List.of("Phone number")));
        if (!columns.has("First name") && !columns.has("Last name")) {
            missing.add("First name or Last name");
        }
        if (!missing.isEmpty()) {
            throw ImportColumns.missingColumns(ImportFormat.OPENPHONE, missing);
        }
    }

    @Override
    public ImportRow map(CsvRecord record) {
        RowFields fields = new RowFields(record, columns, phones);
        List<String> notes = new ArrayList<>(2);
        String role = fields.text("Role");
        if (role != null) {
            notes.add("Role: " + role);
        }
        String address = fields.text("Address");
        if (address != null) {
            notes.add("Address: " + address);
        }
        PersonNames.SplitName name = new PersonNames.SplitName(NameCase.proper(fields.text("First name")),
                NameCase.proper(fields.text("Last name")));
        List<ContactCandidate> contacts = new ArrayList<>(1);
        fields.candidate(1, name, fields.phone("Phone number"), fields.email("Email"), LEAD_SOURCE,
                notes.isEmpty() ? null : String.join("\n", notes), null).ifPresent(contacts::add);
        return fields.row(null, contacts);
    }
}
