package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.bootstrap.config.ConfigLoader;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code crm scheduler}: ticks the campaigns while this process holds the scheduler lock; any number may run. */
@Command(name = "scheduler", mixinStandardHelpOptions = true,
        description = "Run the campaign scheduler: any number may run, one leads (a PostgreSQL advisory lock) and ticks every 5 s.")
final class SchedulerCommand implements Callable<Integer> {

    private final Map<String, String> env;

    SchedulerCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return ProcessRunner.run(ConfigLoader.load(env), ProcessRole.SCHEDULER,
                (wiring, running) -> running.add("scheduler", SchedulerRuntime.start(wiring)));
    }
}
