package com.attackacrack.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.shared.EmailAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private final User admin = new User(new UserId(1), EmailAddress.parse("ada@example.com"), new PersonName("Ada", "L"),
            "$2a$12$secret", Role.ADMIN, true, T0, null);

    @Test
    void anActiveUserHasTheirRolesPermissions() {
        assertThat(admin.can(Permission.MANAGE_USERS)).isTrue();
    }

    @Test
    void aDeactivatedUserMayDoNothing() {
        assertThat(admin.withActive(false).can(Permission.USE_CRM)).isFalse();
    }

    @Test
    void withMethodsChangeOnlyTheirField() {
        User changed = admin.withRole(Role.MARKETER).withName(new PersonName("Ada", "King")).withPasswordHash("other");

        assertThat(changed).isEqualTo(new User(new UserId(1), EmailAddress.parse("ada@example.com"),
                new PersonName("Ada", "King"), "other", Role.MARKETER, true, T0, null));
    }

    @Test
    void aUserWhoNeverSignedInHasNoLastLogin() {
        assertThat(admin.lastLogin()).isEmpty();
    }

    @Test
    void itsTextNeverShowsThePasswordHash() {
        assertThat(admin.toString()).doesNotContain("secret").contains("ada@example.com");
    }
}
