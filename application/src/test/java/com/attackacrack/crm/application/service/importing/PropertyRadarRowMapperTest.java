package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.RowProblem;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyRadarRowMapperTest {

    private static final List<String> HEADER = List.of("Type", "Address", "City", "ZIP", "APN", "Yr Built", "Sq Ft",
            "Beds", "Baths", "Est Value", "Est Equity $", "Est Equity %", "Owner Occ?", "Listed for Sale?",
            "Foreclosure?", "Mail Address", "Mail City", "Mail State", "Mail ZIP", "Primary Name",
            "Primary Mobile Phone1", "Primary Email1", "Secondary Name", "Secondary Mobile Phone1", "Secondary Email1");

    private final PropertyRadarRowMapper mapper = new PropertyRadarRowMapper(new ImportColumns(HEADER),
            new SimplePhoneNormaliser());

    @Test
    void mapsPropertyAndBothOwners() {
        ImportRow row = mapper.map(record("Condo", "12 OAK ST", "WALTHAM", "2451", "APN-1", "2002.0", "1,150", "3",
                "2.5", "$357,000", "104000", "39.6%", "Y", "no", "0", "PO BOX 5", "BOSTON", "ma", "02118",
                "LINDA O'NEIL", "(857) 555-9278", "LINDA@EXAMPLE.COM", "SMITH, JOHN", "508-555-1111", ""));

        assertThat(row.problems()).isEmpty();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.property()).isEqualTo(new PropertyDetails(new Address("12 Oak St", "Waltham", "MA", "02451"),
                "Condo", "APN-1", 2002, 1150, 3, new BigDecimal("2.5"), 357_000L, 104_000L, 40, true, false, false,
                new Address("PO Box 5", "Boston", "MA", "02118")));
        assertThat(row.contacts()).containsExactly(
                new ContactCandidate(1, "Linda", "O'Neil", new PhoneNumber("+18575559278"),
                        EmailAddress.parse("linda@example.com"), "PropertyRadar", null, Relationship.PRIMARY_OWNER),
                new ContactCandidate(2, "John", "Smith", new PhoneNumber("+15085551111"), null, "PropertyRadar", null,
                        Relationship.SECONDARY_OWNER));
    }

    @Test
    void badValuesBecomeProblemsAndTheRestImports() {
        ImportRow row = mapper.map(record("SFR", "1 MAIN ST", "BOSTON", "02118", "", "1492", "big", "", "", "lots",
                "", "", "maybe", "", "", "", "", "", "", "ANN LEE", "555-12", "not-an-email", "", "", ""));

        assertThat(row.property()).isNotNull();
        assertThat(row.property().yearBuilt()).isNull();
        assertThat(row.property().squareFeet()).isNull();
        assertThat(row.property().estimatedValue()).isNull();
        assertThat(row.property().ownerOccupied()).isNull();
        assertThat(row.property().mailingAddress()).isNull();
        assertThat(row.problems()).extracting(RowProblem::field).containsExactly("Yr Built", "Sq Ft", "Est Value",
                "Owner Occ?", "Primary Mobile Phone1", "Primary Email1");
        assertThat(row.problems().get(0).reason()).contains("1600 to 2100");
        assertThat(row.problems().get(4)).isEqualTo(new RowProblem("Primary Mobile Phone1", "555-12",
                "'555-12' is not a US phone number (10 digits expected)"));
        assertThat(row.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.firstName()).isEqualTo("Ann");
            assertThat(contact.phone()).isNull();
            assertThat(contact.email()).isNull();
        });
    }

    @Test
    void withoutAnAddressThereIsNoPropertyAndNoRelationship() {
        ImportRow row = mapper.map(record("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "ANN LEE", "6175550000", "", "", "", ""));

        assertThat(row.property()).isNull();
        assertThat(row.problems()).extracting(RowProblem::field).containsExactly("Address");
        assertThat(row.contacts()).singleElement().extracting(ContactCandidate::relationship).isNull();
        assertThat(row.rejected()).isFalse();
    }

    @Test
    void theSecondOwnerLosesKeysSharedWithThePrimaryAndAnEmptySlotIsSkipped() {
        ImportRow shared = mapper.map(record("", "1 MAIN ST", "BOSTON", "02118", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "", "", "ANN LEE", "617-555-0000", "a@example.com", "BOB LEE", "+1 617 555 0000",
                "A@example.com"));
        ImportRow single = mapper.map(record("", "1 MAIN ST", "BOSTON", "02118", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "", "", "ANN LEE", "617-555-0000", "", "", "", ""));

        assertThat(shared.problems()).isEmpty();
        assertThat(shared.contacts().get(1).phone()).isNull();
        assertThat(shared.contacts().get(1).email()).isNull();
        assertThat(shared.contacts().get(1).lastName()).isEqualTo("Lee");
        assertThat(single.contacts()).hasSize(1);
    }

    @Test
    void missingRequiredColumnsAreNamed() {
        assertThatThrownBy(() -> new PropertyRadarRowMapper(new ImportColumns(List.of("Address", "APN")),
                new SimplePhoneNormaliser()))
                .hasMessage("The file is missing required columns for a PropertyRadar export: City, ZIP, Primary Name");
    }

    private static CsvRecord record(String... values) {
        return new CsvRecord(2, new ArrayList<>(List.of(values)));
    }
}
