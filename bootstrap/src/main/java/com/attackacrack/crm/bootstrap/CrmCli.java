package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.cli.DemoDataCommand;
import com.attackacrack.crm.adapters.in.cli.ImportCommand;
import com.attackacrack.crm.adapters.in.cli.MaintenanceCommand;
import com.attackacrack.crm.adapters.in.cli.MaintenancePurgeCommand;
import com.attackacrack.crm.adapters.in.cli.MigrateCommand;
import com.attackacrack.crm.adapters.in.cli.OpenPhoneCommand;
import com.attackacrack.crm.adapters.in.cli.OpenPhoneReconcileCommand;
import com.attackacrack.crm.adapters.in.cli.OpenPhoneReplayCommand;
import com.attackacrack.crm.adapters.in.cli.RoutesCommand;
import com.attackacrack.crm.adapters.in.cli.UsersCommand;
import com.attackacrack.crm.adapters.in.cli.UsersDeactivateCommand;
import com.attackacrack.crm.adapters.in.cli.UsersInviteCommand;
import com.attackacrack.crm.adapters.in.cli.UsersListCommand;
import com.attackacrack.crm.bootstrap.config.ConfigException;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The root {@code crm} command: {@code serve} (the default), {@code worker}, {@code scheduler}, {@code migrate},
 * {@code users}, {@code routes}, help, version.
 */
@Command(name = "crm", mixinStandardHelpOptions = true, versionProvider = CrmCli.Version.class,
        description = "Attack-a-Crack CRM. Without a command, runs 'serve'.")
public final class CrmCli implements Callable<Integer> {

    /** Exit code for configuration errors (sysexits EX_CONFIG). */
    public static final int EXIT_CONFIG = 78;

    private static final Logger LOG = LoggerFactory.getLogger(CrmCli.class);

    private final ServeCommand serve;

    private CrmCli(ServeCommand serve) {
        this.serve = serve;
    }

    /** Builds the command line for the given environment variables. */
    public static CommandLine create(Map<String, String> env) {
        ServeCommand serve = new ServeCommand(env);
        Resources cliResources = new Resources();
        Lazy<AccountServices> accounts = new Lazy<>(() -> Wiring.accountsForCli(env, cliResources));
        Lazy<ImportCliServices> imports = new Lazy<>(() -> Wiring.importForCli(env, cliResources));
        CommandLine users = new CommandLine(new UsersCommand())
                .addSubcommand("invite", new UsersInviteCommand(() -> accounts.get().inviteUser()))
                .addSubcommand("list", new UsersListCommand(() -> accounts.get().listUsers()))
                .addSubcommand("deactivate", new UsersDeactivateCommand(() -> accounts.get().listUsers(),
                        () -> accounts.get().deactivateUser()));
        CommandLine commandLine = new CommandLine(new CrmCli(serve))
                .addSubcommand("serve", serve)
                .addSubcommand("worker", new WorkerCommand(env))
                .addSubcommand("scheduler", new SchedulerCommand(env))
                .addSubcommand("migrate", new MigrateCommand(() -> Wiring.forMigration(env, cliResources)))
                .addSubcommand("users", users)
                .addSubcommand("import", new ImportCommand(() -> imports.get().importFile(), () -> imports.get().addToList()))
                .addSubcommand("demo-data", new DemoDataCommand(() -> Wiring.demoDataForCli(env, cliResources)))
                .addSubcommand("openphone", openPhoneCommands(env, cliResources))
                .addSubcommand("maintenance", new CommandLine(new MaintenanceCommand()).addSubcommand("purge",
                        new MaintenancePurgeCommand(() -> Wiring.purgeForCli(env, cliResources))))
                .addSubcommand("routes", new RoutesCommand(() -> Wiring.routesForCli(env, cliResources).lines()));
        commandLine.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                cliResources.close();
            }
        });
        commandLine.setExecutionExceptionHandler((error, cli, parsed) -> {
            if (error instanceof ConfigException config) {
                cli.getErr().println(config.getMessage());
                cli.getErr().flush();
                return EXIT_CONFIG;
            }
            if (error instanceof BusinessRuleException refused) {
                cli.getErr().println("crm " + cli.getCommandName() + ": " + refused.getMessage());
                cli.getErr().flush();
                return 1;
            }
            LOG.error("crm {} failed", cli.getCommandName(), error);
            return 1;
        });
        return commandLine;
    }

    private static CommandLine openPhoneCommands(Map<String, String> env, Resources cliResources) {
        Lazy<OpenPhoneServices> openPhone = new Lazy<>(() -> Wiring.openPhoneForCli(env, cliResources));
        return new CommandLine(new OpenPhoneCommand())
                .addSubcommand("replay", new OpenPhoneReplayCommand(() -> openPhone.get().replay(),
                        () -> openPhone.get().requeueWaiting()))
                .addSubcommand("reconcile", new OpenPhoneReconcileCommand(() -> openPhone.get().reconcile()));
    }

    @Override
    public Integer call() throws Exception {
        return serve.call();
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo build = BuildInfo.load();
            return new String[] {"Attack-a-Crack CRM " + build.version() + " (built " + build.buildTime() + ")"};
        }
    }
}
