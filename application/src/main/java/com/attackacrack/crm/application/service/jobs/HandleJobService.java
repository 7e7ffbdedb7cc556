package com.attackacrack.crm.application.service.jobs;

import com.attackacrack.crm.application.port.in.jobs.HandleJobUseCase;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.OperationsMetrics.JobOutcome;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Dispatches each job to the one handler registered for its type; a job of an unknown type is a permanent failure.
 * Every job's outcome and duration is reported to {@link OperationsMetrics} (an unknown type as {@value #UNKNOWN_TYPE}).
 */
public final class HandleJobService implements HandleJobUseCase {

    /** The job type reported for jobs no handler knows (keeps the metric's labels to the known types). */
    public static final String UNKNOWN_TYPE = "unknown";

    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final OperationsMetrics metrics;
    private final Clock clock;

    /** A dispatcher that reports nothing. */
    public HandleJobService(Collection<? extends JobHandler> handlers) {
        this(handlers, OperationsMetrics.NONE, Clock.systemUTC());
    }

    /** A dispatcher reporting each job's outcome and duration (timed by {@code clock}) to {@code metrics}. */
    public HandleJobService(Collection<? extends JobHandler> handlers, OperationsMetrics metrics, Clock clock) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (JobHandler handler : handlers) {
            JobHandler previous = this.handlers.putIfAbsent(handler.jobType(), handler);
            if (previous != null) {
                throw new IllegalArgumentException("two handlers for job type " + handler.jobType());
            }
        }
    }

    @Override
    public void handle(Job job) {
        JobHandler handler = handlers.get(job.type());
        Instant started = clock.instant();
        if (handler == null) {
            metrics.jobFinished(UNKNOWN_TYPE, JobOutcome.FAILED, Duration.ZERO);
            throw new PermanentJobFailure("no handler for job type '" + job.type() + "' (job " + job.id() + ")");
        }
        JobOutcome outcome = JobOutcome.FAILED;
        try {
            handler.handle(job);
            outcome = JobOutcome.COMPLETED;
        } finally {
            metrics.jobFinished(handler.jobType(), outcome, elapsedSince(started));
        }
    }

    private Duration elapsedSince(Instant started) {
        Duration elapsed = Duration.between(started, clock.instant());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }
}
