package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.RowProblem;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportFileReaderTest {

    private final SimplePhoneNormaliser phones = new SimplePhoneNormaliser();

    @Test
    void readsThePropertyRadarSampleEndToEnd() throws Exception {
        List<ImportRow> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/imports/propertyradar-sample.csv");
             ImportFileReader reader = ImportFileReader.open(in, null, null, phones)) {
            assertThat(reader.format()).isEqualTo(ImportFormat.PROPERTYRADAR);
            assertThat(reader.header()).hasSize(39).startsWith("Type", "Address");
            readAll(reader, rows);
            assertThat(reader.linesRead()).isEqualTo(41);
        }

        assertThat(rows).hasSize(40);
        assertThat(rows).noneMatch(ImportRow::rejected);
        assertThat(rows).allSatisfy(row -> assertThat(row.property()).isNotNull());

        ImportRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.problems()).isEmpty();
        assertThat(first.property()).isEqualTo(new PropertyDetails(new Address("404 Main Street", "Waltham", "MA",
                "02451"), "Condo", "507-7536-000000", 2002, 1150, 3, new BigDecimal("3"), 357_000L, 104_000L, 0, true,
                false, false, new Address("404 Main Street", "Waltham", "MA", "02451")));
        assertThat(first.contacts()).containsExactly(new ContactCandidate(1, "Linda", "O'Neil",
                new PhoneNumber("+18575559278"), null, "PropertyRadar", null, Relationship.PRIMARY_OWNER));

        ImportRow second = rows.get(1);
        assertThat(second.property().baths()).isEqualByComparingTo("2.5");
        assertThat(second.property().equityPercent()).isEqualTo(39);
        assertThat(second.contacts().get(0)).extracting(ContactCandidate::firstName, ContactCandidate::lastName,
                ContactCandidate::email).containsExactly("James", "Johnson", EmailAddress.parse("james.9@example.com"));

        ImportRow withSecondOwner = rows.get(3);
        assertThat(withSecondOwner.contacts()).extracting(ContactCandidate::slot, ContactCandidate::firstName,
                ContactCandidate::lastName, ContactCandidate::relationship).containsExactly(
                tuple(1, "Mary", "Johnson", Relationship.PRIMARY_OWNER),
                tuple(2, "Susan", "Brown Jr.", Relationship.SECONDARY_OWNER));

        ImportRow mixedCase = rows.get(13);
        assertThat(mixedCase.contacts().get(0)).extracting(ContactCandidate::firstName, ContactCandidate::lastName)
                .containsExactly("Zoë", "McDonald");
        assertThat(mixedCase.problems()).extracting(RowProblem::field).containsExactly("Primary Email1");

        ImportRow badPhone = rows.stream().filter(row -> row.line() == 39).findFirst().orElseThrow();
        assertThat(badPhone.problems()).containsExactly(new RowProblem("Primary Mobile Phone1", "n/a",
                "'n/a' is not a US phone number (10 digits expected)"));
        assertThat(badPhone.property().address().street()).isEqualTo("203 Pine Drive");
        assertThat(badPhone.contacts().get(0)).extracting(ContactCandidate::phone, ContactCandidate::email,
                ContactCandidate::lastName).containsExactly(null, EmailAddress.parse("susan.10@example.com"), "Brown Jr.");
        assertThat(badPhone.contacts().get(1).phone()).isEqualTo(new PhoneNumber("+18575552028"));
    }

    @Test
    void handlesBomCrlfQuotedCommasAndNewlinesAndBlankRows() {
        String csv = "\uFEFFFirst name,Last name,Phone number,Email,Address,Role\r\n"
                + "JOHN,SMITH,617-555-0100,,\"1 Main St, Apt 2\",\"Owner\r\nand landlord\"\r\n"
                + ",,,,,\r\n"
                + "\r\n"
                + "ann,lee,6175550101,ann@example.com,,\r\n";
        List<ImportRow> rows = new ArrayList<>();
        try (ImportFileReader reader = ImportFileReader.open(stream(csv), null, null, phones)) {
            assertThat(reader.format()).isEqualTo(ImportFormat.OPENPHONE);
            assertThat(reader.header().get(0)).isEqualTo("First name");
            readAll(reader, rows);
        }

        assertThat(rows).extracting(ImportRow::line).containsExactly(2L, 6L);
        assertThat(rows.get(0).contacts().get(0).notes()).isEqualTo("Role: Owner\nand landlord\nAddress: 1 Main St, Apt 2");
        assertThat(rows.get(1).contacts().get(0).lastName()).isEqualTo("Lee");
    }

    @Test
    void missingColumnsAreNamedBeforeAnyRowIsRead() {
        String csv = "Address,City,APN,Primary Name\n1 Main St,Boston,1,Ann\n";

        assertThatThrownBy(() -> ImportFileReader.open(stream(csv), ImportFormat.PROPERTYRADAR, null, phones))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The file is missing required columns for a PropertyRadar export: ZIP");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> ImportFileReader.open(stream("\r\n\n"), null, null, phones))
                .hasMessage("The file is empty: it has no header row");
    }

    @Test
    void genericFilesUseTheGivenMappingOrASuggestedOne() {
        String csv = "Name,Mobile,Street\nMARY JONES,6175550102,9 ELM ST\n";
        ColumnMapping phoneOnly = new ColumnMapping(Map.of(ImportField.PHONE, "Mobile"));

        try (ImportFileReader suggested = ImportFileReader.open(stream(csv), null, null, phones);
             ImportFileReader given = ImportFileReader.open(stream(csv), ImportFormat.GENERIC, phoneOnly, phones)) {
            assertThat(suggested.format()).isEqualTo(ImportFormat.GENERIC);
            ImportRow row = suggested.next().orElseThrow();
            assertThat(row.property().address().street()).isEqualTo("9 Elm St");
            assertThat(row.contacts().get(0).lastName()).isEqualTo("Jones");

            ImportRow phoneRow = given.next().orElseThrow();
            assertThat(phoneRow.property()).isNull();
            assertThat(phoneRow.contacts().get(0).firstName()).isNull();
            assertThat(given.next()).isEmpty();
        }
    }

    private static void readAll(ImportFileReader reader, List<ImportRow> rows) {
        Optional<ImportRow> row = reader.next();
        while (row.isPresent()) {
            rows.add(row.get());
            row = reader.next();
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
