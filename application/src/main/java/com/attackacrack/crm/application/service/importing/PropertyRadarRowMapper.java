package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Maps a PropertyRadar export row to its property and up to two owners (primary and secondary). */
public final class PropertyRadarRowMapper implements ImportRowMapper {

    /** The columns a PropertyRadar export must have. */
    public static final List<String> REQUIRED = List.of("Address", "City", "ZIP", "Primary Name");

    private static final String LEAD_SOURCE = "PropertyRadar";
    private static final RowFields.PropertyColumns PROPERTY = new RowFields.PropertyColumns("Address", "City", "State",
            "ZIP", "Type", "APN", "Yr Built", "Sq Ft", "Beds", "Baths", "Est Value", "Est Equity $", "Est Equity %",
            "Owner Occ?", "Listed for Sale?", "Foreclosure?", "Mail Address", "Mail City", "Mail State", "Mail ZIP");

    private final ImportColumns columns;
    private final PhoneNormaliser phones;

    /** Refuses a header that lacks any of the {@link #REQUIRED} columns, naming them all. */
    public PropertyRadarRowMapper(ImportColumns columns, PhoneNormaliser phones) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.phones = Objects.requireNonNull(phones, "phones");
        columns.requireColumns(ImportFormat.PROPERTYRADAR, REQUIRED);
    }

    @Override
    public ImportRow map(CsvRecord record) {
        RowFields fields = new RowFields(record, columns, phones);
        PropertyDetails property = fields.property(PROPERTY);
        PhoneNumber primaryPhone = fields.phone("Primary Mobile Phone1");
        EmailAddress primaryEmail = fields.email("Primary Email1");
        PhoneNumber secondaryPhone = fields.phone("Secondary Mobile Phone1");
        EmailAddress secondaryEmail = fields.email("Secondary Email1");
        if (secondaryPhone != null && secondaryPhone.equals(primaryPhone)) {
            secondaryPhone = null;
        }
        if (secondaryEmail != null && secondaryEmail.equals(primaryEmail)) {
            secondaryEmail = null;
        }
        List<ContactCandidate> contacts = new ArrayList<>(2);
        fields.candidate(1, PersonNames.split(fields.text("Primary Name")), primaryPhone, primaryEmail, LEAD_SOURCE, null,
                property == null ? null : Relationship.PRIMARY_OWNER).ifPresent(contacts::add);
        fields.candidate(2, PersonNames.split(fields.text("Secondary Name")), secondaryPhone, secondaryEmail, LEAD_SOURCE,
                null, property == null ? null : Relationship.SECONDARY_OWNER).ifPresent(contacts::add);
        return fields.row(property, contacts);
    }
}
