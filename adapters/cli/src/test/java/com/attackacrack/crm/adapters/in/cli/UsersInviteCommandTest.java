package com.attackacrack.crm.adapters.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.cli.CliFixtures.Run;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.domain.user.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsersInviteCommandTest {

    private final List<InviteUserCommand> received = new ArrayList<>();

    @Test
    void invitesAsAnOperatorAndPrintsTheLink() {
        Run run = Run.of(givenCommand(MailDelivery.notConfigured()), "--email", " Ann@Example.COM ", "--role", "admin");

        assertThat(run.exitCode()).isZero();
        assertThat(received).singleElement().satisfies(command -> {
            assertThat(command.actor()).isEmpty();
            assertThat(command.email().value()).isEqualTo("ann@example.com");
            assertThat(command.role()).isEqualTo(Role.ADMIN);
        });
        assertThat(run.out()).contains("http://localhost:8080/invite/tok", "No mail was sent");
    }

    @Test
    void saysWhenTheMailWentOut() {
        Run run = Run.of(givenCommand(MailDelivery.sent()), "--email", "ann@example.com", "--role", "marketer");

        assertThat(run.out()).contains("An invite mail was sent too.");
    }

    @Test
    void bothOptionsAreRequired() {
        Run run = Run.of(givenCommand(MailDelivery.sent()), "--email", "ann@example.com");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--role");
        assertThat(received).isEmpty();
    }

    private UsersInviteCommand givenCommand(MailDelivery delivery) {
        return new UsersInviteCommand(() -> command -> {
            received.add(command);
            return new InviteResult(CliFixtures.invite(command.email().value(), command.role()),
                    "http://localhost:8080/invite/tok", delivery);
        });
    }
}
