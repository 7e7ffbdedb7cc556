package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.bootstrap.config.ConfigLoader;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code crm worker}: consumes background jobs from the Redis queue until stopped; run as many as the load needs. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Run a background job worker (Redis Streams consumer) until stopped with SIGTERM.")
final class WorkerCommand implements Callable<Integer> {

    private final Map<String, String> env;

    WorkerCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return ProcessRunner.run(ConfigLoader.load(env), ProcessRole.WORKER,
                (wiring, running) -> running.add("worker", WorkerRuntime.start(wiring)));
    }
}
