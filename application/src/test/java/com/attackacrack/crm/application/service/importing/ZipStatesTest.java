package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZipStatesTest {

    @ParameterizedTest
    @CsvSource({"02451,MA", "02118,MA", "02903,RI", "03101,NH", "04101,ME", "05401,VT", "06103,CT", "07302,NJ",
        "10001,NY", "19103,PA", "19801,DE", "20001,DC", "21201,MD", "30303,GA", "33101,FL", "60601,IL", "75201,TX",
        "73301,TX", "80202,CO", "90210,CA", "96813,HI", "98101,WA", "99501,AK", "00901,PR", "02451-1234,MA",
        "' 94105 ',CA"})
    void knownZips(String zip, String state) {
        assertThat(ZipStates.stateFor(zip)).contains(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2451", "ABCDE", "123456", "09001", "34001", "00000"})
    void unknownOrMalformed(String zip) {
        assertThat(ZipStates.stateFor(zip)).isEmpty();
    }
}
