package com.attackacrack.crm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void stripsNamesAndTurnsBlanksIntoNull() {
        ContactDetails details = new ContactDetails(" Ann ", " ", null, null, "", null, "  ");

        assertThat(details.firstName()).isEqualTo("Ann");
        assertThat(details.lastName()).isNull();
        assertThat(details.leadSource()).isNull();
        assertThat(details.notes()).isNull();
    }

    @Test
    void aPhoneOrAnEmailAloneIsEnough() {
        assertThat(new ContactDetails(null, null, new PhoneNumber("+16175550123"), null, null, null, null).phone())
                .isNotNull();
        assertThat(new ContactDetails(null, null, null, EmailAddress.parse("a@b.co"), null, null, null).email())
                .isNotNull();
    }

    @Test
    void needsANamePhoneOrEmail() {
        assertThatThrownBy(() -> new ContactDetails(" ", null, null, null, "web", null, "notes"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("at least a name");
    }

    @Test
    void limitsLengths() {
        assertThatThrownBy(() -> new ContactDetails("a".repeat(101), null, null, null, null, null, null))
                .hasMessage("First name must be at most 100 characters");
        assertThatThrownBy(() -> new ContactDetails("Ann", null, null, null, null, null, "n".repeat(10_001)))
                .hasMessage("Notes must be at most 10000 characters");
    }
}
