package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import picocli.CommandLine;

/** Domain objects and a command-line runner for the CLI tests. */
final class CliFixtures {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    private CliFixtures() {
    }

    static User user(long id, String email, Role role, boolean active) {
        return new User(new UserId(id), EmailAddress.parse(email), new PersonName("Pat", "Doe" + id), "hash", role, active,
                T0, null);
    }

    static Invite invite(String email, Role role) {
        return new Invite(new InviteId(7), email == null ? null : EmailAddress.parse(email), role, "hash", null, T0,
                T0.plus(Invite.VALIDITY), null, null);
    }

    /** Runs a command and captures what it prints. */
    record Run(int exitCode, String out, String err) {
        static Run of(Object command, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(command);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        }
    }
}
