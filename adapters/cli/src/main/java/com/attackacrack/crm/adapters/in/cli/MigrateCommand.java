package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.system.MigrateDatabaseUseCase;
import com.attackacrack.crm.application.port.out.SchemaMigrator.MigrationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm migrate}: applies pending database migrations and prints what it did. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply every pending database migration, then exit.")
public final class MigrateCommand implements Callable<Integer> {

    private final Supplier<MigrateDatabaseUseCase> useCase;

    @Spec
    private CommandSpec spec;

    /** The use case is supplied lazily so that {@code --help} needs no database. */
    public MigrateCommand(Supplier<MigrateDatabaseUseCase> useCase) {
        this.useCase = useCase;
    }

    @Override
    public Integer call() {
        MigrationReport report = useCase.get().migrate();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Applied %d migration%s; schema is at version %s.%n", report.applied(),
                report.applied() == 1 ? "" : "s", report.schemaVersion());
        out.flush();
        return 0;
    }
}
