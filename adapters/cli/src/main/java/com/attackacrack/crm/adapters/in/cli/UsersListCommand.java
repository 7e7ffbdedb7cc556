package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.user.ListUsersUseCase;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase.UserAdministration;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.User;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm users list}: prints every user and every pending invite. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List users and pending invites.")
public final class UsersListCommand implements Callable<Integer> {

    private static final String ROW = "%-40s %-30s %-9s %-11s %s%n";

    private final Supplier<ListUsersUseCase> useCase;

    @Spec
    private CommandSpec spec;

    /** The use case is supplied lazily so that {@code --help} needs no database. */
    public UsersListCommand(Supplier<ListUsersUseCase> useCase) {
        this.useCase = useCase;
    }

    @Override
    public Integer call() {
        UserAdministration overview = useCase.get().list();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(ROW, "EMAIL", "NAME", "ROLE", "STATUS", "LAST SIGN-IN");
        for (User user : overview.users()) {
            out.printf(ROW, user.email(), user.name().full(), user.role().code(), user.active() ? "active" : "deactivated",
                    user.lastLogin().map(Object::toString).orElse("never"));
        }
        out.printf("%d user(s).%n", overview.users().size());
        for (Invite invite : overview.pendingInvites()) {
            out.printf("Pending invite: %s as %s, expires %s%n",
                    invite.emailAddress().map(Object::toString).orElse("(first-admin setup link)"),
                    invite.role().code(), invite.expiresAt());
        }
        out.flush();
        return 0;
    }
}
