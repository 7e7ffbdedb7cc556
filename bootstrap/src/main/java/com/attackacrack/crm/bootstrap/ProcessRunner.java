package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.bootstrap.config.CrmConfig;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a long-lived process role: opens infrastructure, starts the role, then waits for SIGTERM/SIGINT and stops cleanly. */
final class ProcessRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessRunner.class);

    private ProcessRunner() {
    }

    /** What a role starts; everything it adds to {@code running} is closed in reverse order at shutdown. */
    @FunctionalInterface
    interface Startup {
        void start(Wiring wiring, Running running);
    }

    /** The process's identity and the things it has started. */
    record Running(ProcessInfo process, Resources resources) {
        void add(String name, AutoCloseable resource) {
            resources.add(name, resource);
        }
    }

    static int run(CrmConfig config, ProcessRole role, Startup startup) {
        BuildInfo build = BuildInfo.load();
        Clock clock = Clock.systemUTC();
        ProcessInfo process = ProcessIdentity.of(role, build.version(), clock);
        LOG.info("Starting crm {} {} ({} environment, process {})", role.code(), build.version(),
                config.environment().code(), process.processId());
        Resources resources = new Resources();
        resources.add("Sentry", SentrySetup.init(config, build, role.code()));
        try {
            Infrastructure infrastructure = Infrastructure.databaseAndRedis(config, "crm-" + role.code(), resources);
            startup.start(new Wiring(config, build, infrastructure, clock), new Running(process, resources));
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
        return awaitShutdown(role, resources);
    }

    private static int awaitShutdown(ProcessRole role, Resources resources) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping crm {}...", role.code());
            resources.close();
            LOG.info("Stopped crm {}", role.code());
            stopped.countDown();
        }, "crm-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
