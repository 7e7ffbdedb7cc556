package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.user.DeactivateUserUseCase;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.User;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm users deactivate}: stops a user signing in and ends their sessions at once. */
@Command(name = "deactivate", mixinStandardHelpOptions = true,
        description = "Deactivate a user: they can no longer sign in and their sessions end now.")
public final class UsersDeactivateCommand implements Callable<Integer> {

    private final Supplier<ListUsersUseCase> users;
    private final Supplier<DeactivateUserUseCase> deactivate;

    @Spec
    private CommandSpec spec;

    @Option(names = "--email", required = true, description = "The user's email address.")
    private String email;

    /** The use cases are supplied lazily so that {@code --help} needs no database. */
    public UsersDeactivateCommand(Supplier<ListUsersUseCase> users, Supplier<DeactivateUserUseCase> deactivate) {
        this.users = users;
        this.deactivate = deactivate;
    }

    @Override
    public Integer call() {
        EmailAddress address = EmailAddress.parse(email);
        User user = users.get().list().users().stream().filter(u -> u.email().equals(address)).findFirst()
                .orElseThrow(() -> BusinessRuleException.notFound("No user has the email " + address));
        User after = deactivate.get().deactivate(Optional.empty(), user.id());
        spec.commandLine().getOut().printf("Deactivated %s (%s); their sessions have ended.%n", after.email(),
                after.name().full());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
