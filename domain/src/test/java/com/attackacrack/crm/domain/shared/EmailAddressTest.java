package com.attackacrack.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void parsingTrimsAndLowerCases() {
        assertThat(EmailAddress.parse("  Ada.Lovelace+CRM@Example.COM ").value()).isEqualTo("ada.lovelace+crm@example.com");
    }

    @Test
    void splitsIntoLocalPartAndDomain() {
        EmailAddress email = EmailAddress.parse("ada@mail.example.com");

        assertThat(email.localPart()).isEqualTo("ada");
        assertThat(email.domain()).isEqualTo("mail.example.com");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingAddressIsRequired(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.INVALID))
                .hasMessage("Email address is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@@example.com", "a@b@example.com"})
    void needsExactlyOneAtWithSomethingOnEitherSide(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw)).hasMessageContaining("needs one @").hasMessageContaining(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {".ada@example.com", "ada.@example.com", "a..da@example.com", "a da@example.com",
        "ad(a)@example.com", "\u00e9l\u00e8ve@example.com"})
    void refusesALocalPartThatIsNotAllowed(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw)).hasMessageContaining("part before @ is not allowed");
    }

    @Test
    void refusesALocalPartLongerThanSixtyFourCharacters() {
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@example.com"))
                .hasMessageContaining("part before @ is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@localhost", "ada@-example.com", "ada@example-.com", "ada@example..com", "ada@exa_mple.com",
        "ada@1.2.3.4", "ada@example.com."})
    void refusesADomainThatIsNotValid(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw)).hasMessageContaining("domain after @ is not valid");
    }

    @Test
    void refusesAnAddressLongerThan254Characters() {
        String raw = "ada@" + ("a".repeat(60) + ".").repeat(5) + "com";

        assertThatThrownBy(() -> EmailAddress.parse(raw)).hasMessage("Email address is longer than 254 characters");
    }

    @Test
    void acceptsTheSymbolsAnAddressMayHave() {
        assertThat(EmailAddress.parse("o'brien_jr+tag-1@sub-domain.example.co").localPart()).isEqualTo("o'brien_jr+tag-1");
    }

    @Test
    void theConstructorRefusesUntrimmedOrUpperCaseValues() {
        assertThatThrownBy(() -> new EmailAddress("Ada@example.com")).hasMessageContaining("use EmailAddress.parse");
    }

    @Test
    void printsAsTheAddress() {
        assertThat(EmailAddress.parse("ada@example.com")).hasToString("ada@example.com");
    }
}
