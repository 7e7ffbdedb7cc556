package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.in.cli.CliFixtures.Run;
import com.attackacrack.crm.application.port.in.user.DeactivateUserUseCase;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase.UserAdministration;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UsersDeactivateCommandTest {

    private final User bob = CliFixtures.user(2, "bob@example.com", Role.MARKETER, true);
    private final List<UserId> deactivated = new ArrayList<>();
    private final ListUsersUseCase users = () -> new UserAdministration(List.of(bob), List.of());
    private final DeactivateUserUseCase deactivate = (Optional<UserId> actor, UserId target) -> {
        deactivated.add(target);
        return bob.withActive(false);
    };

    @Test
    void findsTheUserByEmailAndDeactivatesAsOperator() {
        Run run = Run.of(new UsersDeactivateCommand(() -> users, () -> deactivate), "--email", "BOB@example.com");

        assertThat(run.exitCode()).isZero();
        assertThat(deactivated).containsExactly(new UserId(2));
        assertThat(run.out()).contains("Deactivated bob@example.com");
    }

    @Test
    void anUnknownEmailIsNamed() {
        CommandLine cli = new CommandLine(new UsersDeactivateCommand(() -> users, () -> deactivate));

        assertThatThrownBy(() -> cli.parseArgs("--email", "nobody@example.com").asCommandLineList().get(0)
                .<UsersDeactivateCommand>getCommand().call())
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("nobody@example.com");
        assertThat(deactivated).isEmpty();
    }
}
