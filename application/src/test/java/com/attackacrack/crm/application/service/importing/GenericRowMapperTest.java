package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.RowProblem;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.Relationship;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericRowMapperTest {

    private static final List<String> HEADER = List.of("Owner", "Cell", "E-mail", "Street", "Zip", "Beds", "Source");

    private final GenericRowMapper mapper = new GenericRowMapper(new ImportColumns(HEADER),
            ColumnMappingSuggester.suggest(HEADER), new SimplePhoneNormaliser());

    @Test
    void fullNameIsSplitAndThePropertyGetsItsOwner() {
        ImportRow row = mapper.map(new CsvRecord(2, List.of("JOHN A SMITH JR", "6175550123", "", "5 ELM ST", "2451",
                "three", "Mailer")));

        assertThat(row.property().address()).isEqualTo(new Address("5 Elm St", null, "MA", "02451"));
        assertThat(row.property().beds()).isNull();
        assertThat(row.problems()).containsExactly(new RowProblem("Beds", "three", "'three' is not a number"));
        assertThat(row.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.firstName()).isEqualTo("John A");
            assertThat(contact.lastName()).isEqualTo("Smith Jr");
            assertThat(contact.leadSource()).isEqualTo("Mailer");
            assertThat(contact.relationship()).isEqualTo(Relationship.PRIMARY_OWNER);
        });
    }

    @Test
    void withoutAStreetThereIsOnlyAContact() {
        ImportRow row = mapper.map(new CsvRecord(3, List.of("ANN", "", "ann@example.com")));

        assertThat(row.property()).isNull();
        assertThat(row.contacts()).extracting(ContactCandidate::lastName, ContactCandidate::relationship)
                .containsExactly(tuple("Ann", null));
    }

    @Test
    void separateNameColumnsWinOverTheFullName() {
        List<String> header = List.of("First", "Last", "Name", "Phone");
        GenericRowMapper names = new GenericRowMapper(new ImportColumns(header), ColumnMappingSuggester.suggest(header),
                new SimplePhoneNormaliser());

        ImportRow row = names.map(new CsvRecord(2, List.of("mary", "VAN DYKE", "Someone Else", "")));

        assertThat(row.contacts().get(0).firstName()).isEqualTo("Mary");
        assertThat(row.contacts().get(0).lastName()).isEqualTo("Van Dyke");
    }

    @Test
    void aMappingToColumnsTheFileLacksIsRefused() {
        assertThatThrownBy(() -> new GenericRowMapper(new ImportColumns(HEADER),
                new ColumnMapping(Map.of(ImportField.PHONE, "Mobile", ImportField.EMAIL, "Cell")),
                new SimplePhoneNormaliser()))
                .hasMessage("The file is missing required columns for a Generic CSV (column mapping): Mobile");
    }
}
