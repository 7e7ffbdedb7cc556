package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameCaseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"LINDA|Linda", "linda o'neil|Linda O'Neil", "O'BRIEN|O'Brien",
        "D'ANGELO|D'Angelo", "SMITH-JONES|Smith-Jones", "MCDONALD|McDonald", "MACDONALD|MacDonald", "MACK|Mack",
        "MACY|Macy", "MACHADO|Machado", "JOHN SMITH JR|John Smith Jr", "JOHN SMITH SR.|John Smith Sr.",
        "HENRY FORD II|Henry Ford II", "LOUIS XIV III|Louis Xiv III", "JOHN IV|John IV",
        "MARIA DE LA CRUZ|Maria de la Cruz", "LUDWIG VAN BEETHOVEN|Ludwig van Beethoven", "DE NIRO|De Niro",
        "J. R. TOLKIEN|J. R. Tolkien", "ZOË MCDONALD|Zoë McDonald", "Zoë MCDONALD|Zoë McDonald",
        "DAVID Brown Jr.|David Brown Jr.", "McDONALD|McDONALD", "JOHN & MARY SMITH|John & Mary Smith",
        "'  ANN   LEE  '|Ann Lee"})
    void properCase(String raw, String expected) {
        assertThat(NameCase.proper(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"404 MAIN STREET|404 Main Street", "12 2ND AVE APT 4B|12 2nd Ave Apt 4B",
        "1 NE OAK ST|1 NE Oak St", "PO BOX 12|PO Box 12", "WALTHAM|Waltham", "88 McKinley Rd|88 McKinley Rd"})
    void streetCase(String raw, String expected) {
        assertThat(NameCase.street(raw)).isEqualTo(expected);
    }

    @Test
    void blankIsNull() {
        assertThat(NameCase.proper(null)).isNull();
        assertThat(NameCase.proper("  ")).isNull();
        assertThat(NameCase.street("")).isNull();
    }
}
