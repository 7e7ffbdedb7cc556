package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.web.CrmWebServer;
import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.out.SchemaMigrator.MigrationReport;
import com.attackacrack.crm.bootstrap.config.ConfigLoader;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm serve}: migrates the database, then serves the web UI, webhooks and /health until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web server (UI, webhooks, /health). In development it also runs a worker and the campaign "
                + "scheduler in-process.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final Map<String, String> env;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", description = "HTTP port (default: $PORT, else 8080).")
    private Integer port;

    @Option(names = "--worker", negatable = true,
            description = "Also run a job worker in this process (default: on in development, off in production).")
    private Boolean worker;

    @Option(names = "--scheduler", negatable = true,
            description = "Also run the campaign scheduler in this process (default: on in development, off in production;"
                    + " any number may run, one leads).")
    private Boolean scheduler;

    ServeCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        CrmConfig loaded = ConfigLoader.load(env);
        CrmConfig config = port == null ? loaded : loaded.withPort(port);
        return ProcessRunner.run(config, ProcessRole.SERVE, (wiring, running) -> {
            MigrationReport report = wiring.migrateDatabase().migrate();
            LOG.info("Database schema at version {} ({} migration(s) applied now)", report.schemaVersion(), report.applied());
            wiring.accounts().createSetupLink().createSetupLink().ifPresent(this::printSetupLink);
            if (runsWorker(config)) {
                running.add("in-process worker", WorkerRuntime.start(wiring));
            }
            if (scheduler == null ? !config.production() : scheduler) {
                running.add("in-process scheduler", SchedulerRuntime.start(wiring));
            }
            CheckSystemHealthUseCase health = wiring.checkSystemHealth();
            CrmWebServer web = wiring.startWebServer(health);
            running.add("web server", web::stop);
            LOG.info("Attack-a-Crack CRM is ready: open http://localhost:{}/", web.port());
        });
    }

    private void printSetupLink(InviteResult setup) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%nNo user exists yet. Create the first admin with this one-time link (works once, until %s):%n  %s%n%n",
                setup.invite().expiresAt(), setup.link());
        out.flush();
        LOG.info("No user exists yet: printed a one-time first-admin setup link to the console");
    }

    private boolean runsWorker(CrmConfig config) {
        return worker == null ? !config.production() : worker;
    }
}
