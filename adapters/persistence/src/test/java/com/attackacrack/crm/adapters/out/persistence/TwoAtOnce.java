package com.attackacrack.crm.adapters.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same call on two threads released together, for races the database (or the fake) must decide. */
final class TwoAtOnce {

    private static final long TIMEOUT_SECONDS = 30;

    private TwoAtOnce() {
    }

    /** What one of the two calls did: its result, or the exception it threw. */
    record Outcome<T>(T result, Throwable failure) {
    }

    static <T> List<Outcome<T>> run(Callable<T> call) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(threads.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(outcomeOf(future));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> Outcome<T> outcomeOf(Future<T> future) throws InterruptedException {
        try {
            return new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a racing call did not finish within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
