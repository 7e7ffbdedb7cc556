package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import org.junit.jupiter.api.Test;

class UpdateProfileServiceTest {

    private final UserFixture given = new UserFixture();

    @Test
    void savesTheNewNameAndNothingElse() {
        User marketer = given.givenMarketer();

        User renamed = new UpdateProfileService(given.users).updateName(marketer.id(), new PersonName("Mia", "Lopez"));

        assertThat(given.reload(marketer.id())).isEqualTo(renamed).isEqualTo(marketer.withName(new PersonName("Mia", "Lopez")));
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> new UpdateProfileService(given.users).updateName(new UserId(7), new PersonName("A", "B")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }
}
