package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.RowProblem;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenPhoneRowMapperTest {

    private final OpenPhoneRowMapper mapper = new OpenPhoneRowMapper(new ImportColumns(List.of("First name",
            "Last name", "Phone number", "Email", "Address", "Role")), new SimplePhoneNormaliser());

    @Test
    void mapsOneContactWithRoleAndAddressInTheNotes() {
        ImportRow row = mapper.map(new CsvRecord(5, List.of("MARY", "o'brien", "617.555.0101", "Mary@Example.com",
                "1 Main St, Boston", "Landlord")));

        assertThat(row.property()).isNull();
        assertThat(row.problems()).isEmpty();
        assertThat(row.contacts()).containsExactly(new ContactCandidate(1, "Mary", "O'Brien",
                new PhoneNumber("+16175550101"), EmailAddress.parse("mary@example.com"), "OpenPhone",
                "Role: Landlord\nAddress: 1 Main St, Boston", null));
    }

    @Test
    void noRoleOrAddressMeansNoNotesAndBadPhonesAreProblems() {
        ImportRow row = mapper.map(new CsvRecord(3, List.of("Ann", "", "12345")));

        assertThat(row.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.notes()).isNull();
            assertThat(contact.phone()).isNull();
            assertThat(contact.firstName()).isEqualTo("Ann");
        });
        assertThat(row.problems()).extracting(RowProblem::field).containsExactly("Phone number");
    }

    @Test
    void aRowWithNobodyOnItIsRejectedWithAReason() {
        ImportRow row = mapper.map(new CsvRecord(4, List.of("", "", "", "", "", "Friend")));

        assertThat(row.rejected()).isTrue();
        assertThat(row.problems()).isNotEmpty();
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> new OpenPhoneRowMapper(new ImportColumns(List.of("Email", "Role")),
                new SimplePhoneNormaliser())).hasMessage(
                "The file is missing required columns for an OpenPhone contacts export: Phone number, First name or Last name");
        new OpenPhoneRowMapper(new ImportColumns(List.of("Last name", "Phone number")), new SimplePhoneNormaliser());
    }
}
