package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Maps a row of any CSV file, through a {@link ColumnMapping}, to one contact and at most one property. */
public final class GenericRowMapper implements ImportRowMapper {

    private final ImportColumns columns;
    private final ColumnMapping mapping;
    private final PhoneNormaliser phones;
    private final RowFields.PropertyColumns property;

    /** Refuses a mapping that names columns the header does not have, naming them. */
    public GenericRowMapper(ImportColumns columns, ColumnMapping mapping, PhoneNormaliser phones) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.phones = Objects.requireNonNull(phones, "phones");
        columns.requireColumns(ImportFormat.GENERIC, List.copyOf(mapping.columns().values()));
        this.property = new RowFields.PropertyColumns(column(ImportField.STREET), column(ImportField.CITY),
                column(ImportField.STATE), column(ImportField.ZIP), column(ImportField.PROPERTY_TYPE),
                column(ImportField.APN), column(ImportField.YEAR_BUILT), column(ImportField.SQUARE_FEET),
                column(ImportField.BEDS), column(ImportField.BATHS), column(ImportField.ESTIMATED_VALUE),
                column(ImportField.ESTIMATED_EQUITY), column(ImportField.EQUITY_PERCENT),
                column(ImportField.OWNER_OCCUPIED), null, null, null, null, null, null);
    }

    @Override
    public ImportRow map(CsvRecord record) {
        RowFields fields = new RowFields(record, columns, phones);
        PropertyDetails details = fields.text(property.street()) == null ? null : fields.property(property);
        PersonNames.SplitName name = new PersonNames.SplitName(NameCase.proper(fields.text(column(ImportField.FIRST_NAME))),
                NameCase.proper(fields.text(column(ImportField.LAST_NAME))));
        if (name.first() == null && name.last() == null) {
            name = PersonNames.split(fields.text(column(ImportField.FULL_NAME)));
        }
        List<ContactCandidate> contacts = new ArrayList<>(1);
        fields.candidate(1, name, fields.phone(column(ImportField.PHONE)), fields.email(column(ImportField.EMAIL)),
                fields.text(column(ImportField.LEAD_SOURCE)), fields.text(column(ImportField.NOTES)),
                details == null ? null : Relationship.PRIMARY_OWNER).ifPresent(contacts::add);
        return fields.row(details, contacts);
    }

    private String column(ImportField field) {
        return mapping.column(field).orElse(null);
    }
}
