package com.attackacrack.crm.adapters.in.cli;

import com.attackacrack.crm.application.port.in.demo.DemoDataReport;
import com.attackacrack.crm.application.port.in.demo.GenerateDemoDataCommand;
import com.attackacrack.crm.application.port.in.demo.GenerateDemoDataUseCase;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm demo-data}: a development tool that fills the database with realistic contacts and properties. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Add realistic demo contacts (and about 0.6 properties per contact) to the database. Development only.")
public final class DemoDataCommand implements Callable<Integer> {

    private final Supplier<GenerateDemoDataUseCase> useCase;

    @Spec
    private CommandSpec spec;

    @Option(names = "--contacts", defaultValue = "1000",
            description = "How many contacts to add, 1 to 2,000,000 (default: ${DEFAULT-VALUE}).")
    private int contacts;

    @Option(names = "--seed", defaultValue = "42",
            description = "Seed of the generator: the same seed gives the same names and places (default: ${DEFAULT-VALUE}).")
    private long seed;

    /** The use case is supplied lazily so that {@code --help} needs no database. */
    public DemoDataCommand(Supplier<GenerateDemoDataUseCase> useCase) {
        this.useCase = useCase;
    }

    @Override
    public Integer call() {
        GenerateDemoDataCommand command = new GenerateDemoDataCommand(contacts, seed);
        long started = System.nanoTime();
        DemoDataReport report = useCase.get().generate(command);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Added %,d contacts, %,d properties and %,d links in %.1f s.%n", report.contactsAdded(),
                report.propertiesAdded(), report.linksAdded(), elapsed.toMillis() / 1000.0);
        out.printf(Locale.ROOT, "The database now holds %,d contacts, %,d properties and %,d links.%n",
                report.after().contacts(), report.after().properties(), report.after().links());
        out.flush();
        return 0;
    }
}
