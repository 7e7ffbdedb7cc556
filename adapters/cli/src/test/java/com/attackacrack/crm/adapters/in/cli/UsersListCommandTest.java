package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.cli.CliFixtures.Run;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase.UserAdministration;
import com.attackacrack.crm.domain.user.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsersListCommandTest {

    @Test
    void printsUsersAndPendingInvites() {
        UserAdministration overview = new UserAdministration(
                List.of(CliFixtures.user(1, "ann@example.com", Role.ADMIN, true),
                        CliFixtures.user(2, "bob@example.com", Role.MARKETER, false)),
                List.of(CliFixtures.invite(null, Role.ADMIN), CliFixtures.invite("cy@example.com", Role.MARKETER)));

        Run run = Run.of(new UsersListCommand(() -> () -> overview));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ann@example.com", "admin", "active", "never", "bob@example.com", "deactivated",
                "2 user(s).", "(first-admin setup link)", "cy@example.com as marketer");
    }
}
