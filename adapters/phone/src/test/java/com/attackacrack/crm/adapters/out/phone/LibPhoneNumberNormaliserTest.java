package com.attackacrack.crm.adapters.out.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LibPhoneNumberNormaliserTest {

    private final LibPhoneNumberNormaliser normaliser = new LibPhoneNumberNormaliser();

    @ParameterizedTest
    @ValueSource(strings = {"(617) 555-0123", "617.555.0123", "617-555-0123", "+1 617 555 0123", "1-617-555-0123",
        "6175550123", "+16175550123", "617 555 0123 ext. 12", "617-555-0123 x12", "617-555-0123 #12",
        "  617 555 0123  ", "1 (617) 555-0123", "+1 (617) 555-0123", "617/555-0123", "16175550123",
        "617-555-0123 extension 4"})
    void everySpellingOfOneNumberGivesTheSameE164(String spelling) {
        assertThat(normaliser.normalise(spelling)).isEqualTo(new PhoneNumber("+16175550123"));
    }

    @Test
    void allSpellingsAgree() {
        assertThat(Stream.of("(617) 555-0123", "617.555.0123", "+16175550123", "1-617-555-0123")
                .map(normaliser::normalise).distinct()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "'+44 20 7946 0958', +442079460958",
        "'+44 (0)20 7946 0958', +442079460958",
        "'011 44 20 7946 0958', +442079460958",
        "'+33 1 42 68 53 00', +33142685300",
        "'(800) 555-0123', +18005550123",
        "'212-555-0100', +12125550100"})
    void acceptsInternationalAndOtherValidNumbers(String spelling, String e164) {
        assertThat(normaliser.normalise(spelling).e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @CsvSource({
        "abc, 'abc' is not a phone number",
        "555-0123, '555-0123' has no area code",
        "1-555-0123, '1-555-0123' has no area code",
        "000, '000' is too short",
        "617555012, '617555012' is too short",
        "6175550123456, '6175550123456' is too long for a US number",
        "+1234567890123456789, is too long",
        "123-456-7890, '123-456-7890' is not a valid US number",
        "555-555-0123, '555-555-0123' is not a valid US number",
        "1-800-FLOWERS, '1-800-FLOWERS' contains letters",
        "617_555_0123, '617_555_0123' is not a phone number",
        "617+555+0123, is not a phone number",
        "+999 1234 5678, '+999 1234 5678' has an unknown country code",
        "+44 20 79, is too short"})
    void refusesJunkNamingTheInputAndTheReason(String input, String message) {
        assertThatThrownBy(() -> normaliser.normalise(input))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessageContaining(message);
    }

    @Test
    void aBlankNumberIsRequired() {
        assertThatThrownBy(() -> normaliser.normalise("  ")).hasMessage("A phone number is required");
    }

    @Test
    void aVeryLongInputIsRefusedWithoutEchoingItAll() {
        assertThatThrownBy(() -> normaliser.normalise("1".repeat(500)))
                .hasMessageContaining("is too long")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
    }

    @Test
    void tryNormaliseIsEmptyForJunkAndPresentForANumber() {
        assertThat(normaliser.tryNormalise("abc")).isEmpty();
        assertThat(normaliser.tryNormalise(null)).isEmpty();
        assertThat(normaliser.tryNormalise("617.555.0123")).contains(new PhoneNumber("+16175550123"));
    }
}
