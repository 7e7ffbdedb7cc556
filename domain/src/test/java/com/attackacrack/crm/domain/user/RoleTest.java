package com.attackacrack.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @ParameterizedTest
    @EnumSource(Permission.class)
    void anAdminMayDoEverything(Permission permission) {
        assertThat(Role.ADMIN.can(permission)).isTrue();
    }

    @Test
    void aMarketerMayOnlyUseTheCrm() {
        assertThat(EnumSet.allOf(Permission.class).stream().filter(Role.MARKETER::can)).containsExactly(Permission.USE_CRM);
    }

    @Test
    void codesAreLowerCaseAndLabelsAreForPeople() {
        assertThat(Role.ADMIN.code()).isEqualTo("admin");
        assertThat(Role.MARKETER.label()).isEqualTo("Marketer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"marketer", " Marketer ", "MARKETER"})
    void parsesACodeWhateverItsCaseAndSpacing(String code) {
        assertThat(Role.fromCode(code)).isEqualTo(Role.MARKETER);
    }

    @Test
    void anUnknownCodeIsInvalidAndListsTheRoles() {
        assertThatThrownBy(() -> Role.fromCode("owner"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.INVALID))
                .hasMessage("Unknown role 'owner': choose one of admin, marketer");
    }

    @Test
    void aMissingCodeIsInvalid() {
        assertThatThrownBy(() -> Role.fromCode(null)).isInstanceOf(BusinessRuleException.class);
    }
}
