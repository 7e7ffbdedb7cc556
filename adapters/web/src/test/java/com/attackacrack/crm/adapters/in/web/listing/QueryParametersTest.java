package com.attackacrack.crm.adapters.in.web.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.in.web.error.FriendlyHttpException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static QueryParameters of(String name, String value) {
        return QueryParameters.of(Map.of(name, value), Set.of("a"));
    }

    @Test
    void unknownNamesAreRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> QueryParameters.of(Map.of("x", "1"), Set.of("b", "a")))
                .isInstanceOf(FriendlyHttpException.class)
                .hasMessage("Unknown parameter 'x': this page accepts a, b.");
    }

    @Test
    void parsesYesNoAnyChoicesDatesAndNumbers() {
        assertThat(of("a", "YES").yesNoAny("a")).isTrue();
        assertThat(of("a", "no").yesNoAny("a")).isFalse();
        assertThat(of("a", "any").yesNoAny("a")).isNull();
        assertThat(of("a", " ").yesNoAny("a")).isNull();
        assertThat(of("a", "Customer").choice("a", List.of("customer", "prospect"))).isEqualTo("customer");
        assertThat(of("a", "2025-01-31").date("a")).hasToString("2025-01-31");
        assertThat(of("a", "7").whole("a", 1, 10, 3)).isEqualTo(7);
        assertThat(of("a", "").whole("a", 1, 10, 3)).isEqualTo(3);
    }

    @Test
    void malformedValuesNameTheParameterAndTheAllowedValues() {
        assertThatThrownBy(() -> of("a", "maybe").yesNoAny("a"))
                .hasMessage("The value 'maybe' is not allowed for the parameter 'a': use yes, no or any.");
        assertThatThrownBy(() -> of("a", "99999999999").whole("a", 1, 10))
                .hasMessageContaining("'a'").hasMessageContaining("a whole number from 1 to 10");
        assertThatThrownBy(() -> of("a", "31/01/2025").date("a")).hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> of("a", "x".repeat(501)).text("a")).hasMessageContaining("too long");
    }
}
