package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.in.user.InviteUserUseCase;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm users invite}: invites a person as an operator and prints their one-time link. */
@Command(name = "invite", mixinStandardHelpOptions = true,
        description = "Invite a person by email and print their one-time sign-up link (valid 7 days).")
public final class UsersInviteCommand implements Callable<Integer> {

    private final Supplier<InviteUserUseCase> useCase;

    @Spec
    private CommandSpec spec;

    @Option(names = "--email", required = true, description = "The person's email address.")
    private String email;

    @Option(names = "--role", required = true, description = "admin or marketer.")
    private String role;

    /** The use case is supplied lazily so that {@code --help} needs no database. */
    public UsersInviteCommand(Supplier<InviteUserUseCase> useCase) {
        this.useCase = useCase;
    }

    @Override
    public Integer call() {
        InviteUserCommand command = InviteUserCommand.of(Optional.empty(), email, role);
        InviteResult result = useCase.get().invite(command);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Invited %s as %s. The link works once, until %s:%n%s%n", result.invite().email(),
                result.invite().role().code(), result.invite().expiresAt(), result.link());
        out.println(result.delivery().wasSent() ? "An invite mail was sent too."
                : "No mail was sent (" + result.delivery().detail() + "): pass the link on yourself.");
        out.flush();
        return 0;
    }
}
