package com.attackacrack.crm.adapters.in.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm routes}: prints every web route with who may use it, one per line; needs no database. */
@Command(name = "routes", mixinStandardHelpOptions = true,
        description = "Print every web route (method, path pattern, who may use it), one per line. Needs no database.")
public final class RoutesCommand implements Callable<Integer> {

    private final Supplier<List<String>> routes;

    @Spec
    private CommandSpec spec;

    /** The route lines are supplied lazily so that {@code --help} builds nothing. */
    public RoutesCommand(Supplier<List<String>> routes) {
        this.routes = routes;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        routes.get().forEach(out::println);
        out.flush();
        return 0;
    }
}
