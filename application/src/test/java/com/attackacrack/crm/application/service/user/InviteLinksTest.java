package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InviteLinksTest {

    @ParameterizedTest
    @CsvSource({
        "https://crm.example.com, https://crm.example.com/invite/abc",
        "https://crm.example.com/, https://crm.example.com/invite/abc",
        "http://localhost:8080, http://localhost:8080/invite/abc",
        "https://example.com/crm/, https://example.com/crm/invite/abc"
    })
    void appendsInviteAndTheTokenToTheBaseUrl(String base, String link) {
        assertThat(new InviteLinks(URI.create(base)).linkFor("abc")).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative", "ftp://crm.example.com", "https://crm.example.com/?x=1", "https://crm.example.com/#top"})
    void refusesABaseThatCannotMakeALink(String base) {
        assertThatThrownBy(() -> new InviteLinks(URI.create(base))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(base);
    }
}
