package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {"LINDA O'NEIL|Linda|O'Neil",
        "JOHN A SMITH JR|John A|Smith Jr", "SMITH, JOHN|John|Smith", "SMITH, JOHN A|John A|Smith",
        "JOHN & MARY SMITH|John & Mary|Smith", "MADONNA|-|Madonna", "DAVID Brown Jr.|David|Brown Jr.",
        "JOHN SMITH, JR.|John|Smith Jr.", "MARIA DE LA CRUZ|Maria|de la Cruz", "HENRY FORD III|Henry|Ford III",
        "ROBERT O'NEIL|Robert|O'Neil", "Zoë MCDONALD|Zoë|McDonald"})
    void splits(String full, String first, String last) {
        assertThat(PersonNames.split(full)).isEqualTo(new PersonNames.SplitName(first, last));
    }

    @Test
    void blankGivesNoNames() {
        assertThat(PersonNames.split(null)).isEqualTo(new PersonNames.SplitName(null, null));
        assertThat(PersonNames.split(" ")).isEqualTo(new PersonNames.SplitName(null, null));
    }
}
