package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.persistence.PostgresDataSources;
import com.attackacrack.crm.adapters.out.persistence.PostgresLeaderLock;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase.TickReport;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A scheduler process whose tick only counts and prints, so that a test can run several and SIGKILL the leader. */
public final class CountingSchedulerMain {

    private CountingSchedulerMain() {
    }

    /** Reads {@code DATABASE_URL}; the one argument names the process in its log. */
    public static void main(String[] args) throws InterruptedException {
        PostgresUrl database = PostgresUrl.parse(System.getenv("DATABASE_URL"));
        PostgresLeaderLock lock = new PostgresLeaderLock(PostgresDataSources.create(database, 2, args[0]),
                PostgresLeaderLock.SCHEDULER);
        AtomicInteger ticks = new AtomicInteger();
        new SchedulerRuntime(args[0], lock, () -> () -> {
            System.out.println("tick " + ticks.incrementAndGet());
            System.out.flush();
            return new TickReport(0, 0, 0, 0);
        }, () -> { }, Duration.ofMillis(500), Duration.ofSeconds(10)).start();
        new CountDownLatch(1).await();
    }
}
