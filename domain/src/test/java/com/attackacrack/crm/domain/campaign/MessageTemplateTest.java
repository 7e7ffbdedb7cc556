package com.attackacrack.crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String text) {
        return assertThatThrownBy(() -> MessageTemplate.parse(text)).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).kind()).isEqualTo(Kind.INVALID));
    }

    @Test
    void keepsTheTextAndListsTheTokensInOrderOfFirstUse() {
        MessageTemplate template = MessageTemplate.parse("Hi {first_name|there}, about {property_address} in {city}: "
                + "is {first_name} still the owner? {zip}");
        assertThat(template.text()).isEqualTo("Hi {first_name|there}, about {property_address} in {city}: "
                + "is {first_name} still the owner? {zip}");
        assertThat(template.tokens()).containsExactly("first_name", "property_address", "city", "zip");
    }

    @Test
    void aTextWithoutTokensIsFine() {
        MessageTemplate template = MessageTemplate.parse("Reply STOP to opt out");
        assertThat(template.tokens()).isEmpty();
        assertThat(template.render(Map.of()).text()).isEqualTo("Reply STOP to opt out");
    }

    @Test
    void rendersValuesTrimmed() {
        MessageTemplate template = MessageTemplate.parse("Hi {first_name}, is {property_address}, {city} {state} {zip} "
                + "yours, {full_name}?");
        MessageTemplate.Rendering rendering = template.render(Map.of("first_name", "  Ann ", "property_address",
                "12 Main St", "city", "Boston", "state", "MA", "zip", "02108", "full_name", "Ann Lee"));
        assertThat(rendering.resolved()).isTrue();
        assertThat(rendering.unresolvedToken()).isNull();
        assertThat(rendering.text()).isEqualTo("Hi Ann, is 12 Main St, Boston MA 02108 yours, Ann Lee?");
    }

    @Test
    void missingOrBlankValuesUseTheFallback() {
        MessageTemplate template = MessageTemplate.parse("Hi {first_name|there}!");
        assertThat(template.render(Map.of()).text()).isEqualTo("Hi there!");
        assertThat(template.render(Map.of("first_name", "   ")).text()).isEqualTo("Hi there!");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("first_name", null);
        assertThat(template.render(withNull).text()).isEqualTo("Hi there!");
        assertThat(template.render(Map.of("first_name", "Bo")).text()).isEqualTo("Hi Bo!");
    }

    @Test
    void spacesInsideTheBracesAreIgnored() {
        MessageTemplate template = MessageTemplate.parse("Hi { first_name | my friend }!");
        assertThat(template.tokens()).containsExactly("first_name");
        assertThat(template.render(Map.of()).text()).isEqualTo("Hi my friend!");
        assertThat(template.render(Map.of("first_name", "Cy")).text()).isEqualTo("Hi Cy!");
    }

    @Test
    void aTokenWithNeitherValueNorFallbackIsNamedAndNothingIsRendered() {
        MessageTemplate template = MessageTemplate.parse("Hi {first_name|there}, {last_name} family of {city}");
        MessageTemplate.Rendering rendering = template.render(Map.of("city", "Salem"));
        assertThat(rendering.resolved()).isFalse();
        assertThat(rendering.text()).isNull();
        assertThat(rendering.unresolvedToken()).isEqualTo("last_name");
        assertThat(MessageTemplate.parse("{city} {zip}").render(Map.of()).unresolvedToken()).isEqualTo("city");
    }

    @Test
    void refusesUnknownTokensNamingThemAndTheChoices() {
        refused("Hi {foo}!").hasMessage("Unknown token {foo}: use one of {first_name}, {last_name}, {full_name}, "
                + "{property_address}, {city}, {state}, {zip}");
        refused("Hi {firstname|there}").hasMessageStartingWith("Unknown token {firstname}: use one of {first_name}");
    }

    @Test
    void tokensAreLowerCase() {
        refused("Hi {First_Name}").hasMessage("Unknown token {First_Name}: tokens are lower case: write {first_name}");
    }

    @Test
    void refusesAnUnclosedBraceNamingWhere() {
        refused("Hello John {first_name").hasMessageStartingWith("Unclosed { at character 12");
        refused("Hi {first_name, about {city}").hasMessageStartingWith("Unclosed { at character 4");
        refused("{").hasMessageStartingWith("Unclosed { at character 1");
    }

    @Test
    void refusesAnUnopenedBrace() {
        refused("Hi first_name} there").hasMessageStartingWith("Unopened } at character 14")
                .hasMessageContaining("cannot contain a literal { or }");
    }

    @Test
    void literalBracesAreNotSupported() {
        refused("Use code {{SAVE10}}").hasMessageStartingWith("Unclosed { at character 10")
                .hasMessageContaining("cannot contain a literal { or }");
        refused("A smiley :-}").hasMessageContaining("cannot contain a literal { or }");
    }

    @Test
    void refusesEmptyTokensAndEmptyFallbacks() {
        refused("Hi {}").hasMessageStartingWith("Empty token {}");
        refused("Hi { | there}").hasMessageStartingWith("Empty token { | there}");
        refused("Hi {first_name|}").hasMessageContaining("{first_name|} has an empty fallback")
                .hasMessageContaining("leave out the |");
        refused("Hi {first_name|  }").hasMessageContaining("has an empty fallback");
    }

    @Test
    void refusesTwoFallbacks() {
        refused("Hi {first_name|friend|there}").hasMessageContaining("more than one |");
    }

    @Test
    void theTextIsOneTo1600Characters() {
        refused("").hasMessageContaining("empty");
        refused("   ").hasMessageContaining("empty");
        refused(null).hasMessageContaining("empty");
        assertThat(MessageTemplate.parse("x".repeat(1_600)).text()).hasSize(1_600);
        refused("x".repeat(1_601)).hasMessage("The message is 1601 characters long; the limit is 1,600");
        // characters are code points: 1,600 emoji (3,200 UTF-16 units) are fine
        assertThat(MessageTemplate.parse("\uD83C\uDFE0".repeat(1_600)).text()).hasSize(3_200);
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        refused("\uD83C\uDFE0 {city").hasMessageStartingWith("Unclosed { at character 3");
    }

    @Test
    void equalByText() {
        assertThat(MessageTemplate.parse("Hi {city}")).isEqualTo(MessageTemplate.parse("Hi {city}"))
                .hasSameHashCodeAs(MessageTemplate.parse("Hi {city}"))
                .isNotEqualTo(MessageTemplate.parse("Hi { city }"));
        assertThat(MessageTemplate.parse("Hi {city}")).hasToString("Hi {city}");
    }

    @Test
    void theTokenListIsFixed() {
        assertThat(MessageTemplate.TOKENS).containsExactlyInAnyOrder("first_name", "last_name", "full_name",
                "property_address", "city", "state", "zip");
    }
}
