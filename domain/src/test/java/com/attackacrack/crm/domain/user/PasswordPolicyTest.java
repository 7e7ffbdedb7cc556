package com.attackacrack.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private static final EmailAddress EMAIL = EmailAddress.parse("jordan@example.com");
    private static final Set<String> COMMON = Set.of("password123!", "letmein");
    private final PasswordPolicy policy = new PasswordPolicy(p -> COMMON.contains(p.toLowerCase(Locale.ROOT)));

    @Test
    void aGoodPasswordHasNoProblems() {
        assertThat(policy.check("Tr1cky-Enough!", EMAIL)).isEmpty();
    }

    @ParameterizedTest(name = "{0} breaks only {1}")
    @CsvSource({
        "Ab1!efghijk,        TOO_SHORT",
        "lower-case-only-1,  NO_UPPER_CASE",
        "UPPER-CASE-ONLY-1,  NO_LOWER_CASE",
        "No-Digits-Here!,    NO_DIGIT",
        "NoSymbolsHere123,   NO_SYMBOL",
        "Jordan-Rocks-2026!, CONTAINS_EMAIL_NAME",
        "PassWord123!,       COMMON"
    })
    void eachRuleIsCheckedOnItsOwn(String password, PasswordProblem problem) {
        assertThat(policy.check(password, EMAIL)).containsExactly(problem);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInRuleOrder() {
        assertThat(policy.check("jordan", EMAIL)).containsExactly(PasswordProblem.TOO_SHORT,
                PasswordProblem.NO_UPPER_CASE, PasswordProblem.NO_DIGIT, PasswordProblem.NO_SYMBOL,
                PasswordProblem.CONTAINS_EMAIL_NAME);
    }

    @Test
    void aMissingPasswordIsTreatedAsEmptyAndNotLookedUp() {
        PasswordPolicy strict = new PasswordPolicy(p -> {
            throw new AssertionError("an empty password is not looked up");
        });

        assertThat(strict.check(null, EMAIL)).containsExactly(PasswordProblem.TOO_SHORT, PasswordProblem.NO_UPPER_CASE,
                PasswordProblem.NO_LOWER_CASE, PasswordProblem.NO_DIGIT, PasswordProblem.NO_SYMBOL);
    }

    @Test
    void twelveCharactersAreEnough() {
        assertThat(policy.check("Abcdefgh12!x", EMAIL)).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String elevenCodePoints = "Ab1!" + "\uD83D\uDE00".repeat(7);

        assertThat(policy.check(elevenCodePoints, EMAIL)).contains(PasswordProblem.TOO_SHORT);
    }

    @Test
    void seventyTwoAsciiBytesAreAllowed() {
        String password = "Aa1!" + "x".repeat(68);

        assertThat(policy.check(password, EMAIL)).isEmpty();
    }

    @Test
    void seventyThreeAsciiBytesAreTooLong() {
        String password = "Aa1!" + "x".repeat(69);

        assertThat(policy.check(password, EMAIL)).containsExactly(PasswordProblem.TOO_LONG);
    }

    @Test
    void theByteLimitCountsMultibyteCharactersByTheirUtf8Bytes() {
        String exactly72 = "Aa1!" + "\u00e9".repeat(34);
        String over72 = exactly72 + "\u00e9";

        assertThat(exactly72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(policy.check(exactly72, EMAIL)).isEmpty();
        assertThat(over72.length()).isLessThan(72);
        assertThat(policy.check(over72, EMAIL)).containsExactly(PasswordProblem.TOO_LONG);
    }

    @Test
    void lettersAndDigitsOfOtherScriptsCountAsLettersAndDigitsNotSymbols() {
        assertThat(policy.check("\u00c9l\u00e8ve\u00e9t\u00e91234", EMAIL)).containsExactly(PasswordProblem.NO_SYMBOL);
    }

    @Test
    void aSpaceCountsAsASymbol() {
        assertThat(policy.check("Correct horse 42", EMAIL)).isEmpty();
    }

    @Test
    void theEmailNameIsFoundWhateverItsCase() {
        assertThat(policy.check("xxJORDANxx-12", EMAIL)).containsExactly(PasswordProblem.CONTAINS_EMAIL_NAME);
    }

    @Test
    void anEmailNameShorterThanThreeCharactersIsNotChecked() {
        assertThat(policy.check("Jo-is-fine-2026!", EmailAddress.parse("jo@example.com"))).isEmpty();
    }

    @Test
    void withoutAnEmailTheEmailRuleIsSkipped() {
        assertThat(policy.check("Jordan-Rocks-2026!", null)).isEmpty();
    }

    @Test
    void requireAcceptsAGoodPassword() {
        assertThatCode(() -> policy.require("Tr1cky-Enough!", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void requireThrowsWithEveryProblemAndEverySentenceButNotThePassword() {
        assertThatThrownBy(() -> policy.require("letmein", EMAIL))
                .isInstanceOfSatisfying(InvalidPasswordException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.INVALID);
                    assertThat(e.problems()).containsExactly(PasswordProblem.TOO_SHORT, PasswordProblem.NO_UPPER_CASE,
                            PasswordProblem.NO_DIGIT, PasswordProblem.NO_SYMBOL, PasswordProblem.COMMON);
                    assertThat(e.getMessage()).contains(PasswordProblem.TOO_SHORT.message(),
                            PasswordProblem.COMMON.message()).doesNotContain("letmein");
                });
    }
}
