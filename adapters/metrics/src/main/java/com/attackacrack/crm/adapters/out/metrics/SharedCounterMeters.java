package com.attackacrack.crm.adapters.out.metrics;

import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.JobQueue.DepthByType;
import com.attackacrack.crm.application.port.out.JobQueue.JobState;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.attackacrack.crm.application.port.out.SharedCounters;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meters read from shared state at scrape time: the cross-process counters (jobs per type and outcome with their
 * run time, texts per kind and outcome, import rows) and the job queue's depth, in total and per job type. Each
 * {@link #refresh} reads Redis once per counter and once for the queue, registers a meter for every label set seen
 * for the first time, and the meters then read from that snapshot. A failed read keeps the previous values.
 */
final class SharedCounterMeters {

    /** How many entries of each queue state are examined for the per-type depth. */
    static final int DEPTH_BY_TYPE_LIMIT = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SharedCounterMeters.class);

    private final MeterRegistry registry;
    private final SharedCounters counters;
    private final JobQueue queue;
    private final Map<String, Map<String, Long>> values = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile QueueDepth depth = QueueDepth.EMPTY;
    private volatile Map<String, QueueDepth> depthByType = Map.of();

    SharedCounterMeters(MeterRegistry registry, SharedCounters counters, JobQueue queue) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.queue = Objects.requireNonNull(queue, "queue");
        counter(MicrometerOperationsMetrics.IMPORT_ROWS, MicrometerOperationsMetrics.ALL);
        for (JobState state : JobState.values()) {
            Gauge.builder("crm.queue.depth", this, meters -> meters.depthOf(meters.depth, state))
                    .description("Jobs in the queue by state (ready, in_flight, delayed, dead_letters)")
                    .tag("state", MicrometerOperationsMetrics.name(state))
                    .register(registry);
        }
    }

    /** Reads the shared counters and the queue, and registers meters for label sets not seen before. */
    synchronized void refresh() {
        for (String counter : new String[] {MicrometerOperationsMetrics.JOBS, MicrometerOperationsMetrics.JOB_MICROS,
            MicrometerOperationsMetrics.SMS, MicrometerOperationsMetrics.IMPORT_ROWS}) {
            try {
                values.put(counter, Map.copyOf(counters.read(counter)));
            } catch (RuntimeException e) {
                LOG.warn("Could not read shared counter {} for the metrics; its previous values are served: {}", counter,
                        e.toString());
            }
        }
        values.getOrDefault(MicrometerOperationsMetrics.JOBS, Map.of()).keySet().forEach(this::jobTimer);
        values.getOrDefault(MicrometerOperationsMetrics.SMS, Map.of()).keySet()
                .forEach(field -> counter(MicrometerOperationsMetrics.SMS, field));
        try {
            depth = queue.depth();
            DepthByType byType = queue.depthByType(DEPTH_BY_TYPE_LIMIT);
            Map<String, QueueDepth> safe = new HashMap<>();
            byType.byType().forEach((type, typeDepth) -> safe.merge(typeLabel(type), typeDepth, QueueDepth::plus));
            depthByType = Map.copyOf(safe);
            safe.keySet().forEach(this::typeGauges);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the job queue's depth for the metrics; the previous values are served: {}",
                    e.toString());
        }
    }

    private static String typeLabel(String type) {
        return DepthByType.UNKNOWN_TYPE.equals(type) ? "unknown" : MetricLabels.safe(type);
    }

    private void jobTimer(String field) {
        Optional<String[]> labels = MetricLabels.values(field, 2);
        if (labels.isEmpty() || !registered.add(MicrometerOperationsMetrics.JOBS + " " + field)) {
            return;
        }
        FunctionTimer.builder("crm.jobs", this,
                        meters -> (long) meters.value(MicrometerOperationsMetrics.JOBS, field),
                        meters -> meters.value(MicrometerOperationsMetrics.JOB_MICROS, field), TimeUnit.MICROSECONDS)
                .description("Jobs finished by every worker, by job type and outcome (completed, failed), and their run time")
                .tags("type", labels.get()[0], "outcome", labels.get()[1])
                .register(registry);
    }

    private void counter(String counter, String field) {
        if (!registered.add(counter + " " + field)) {
            return;
        }
        if (MicrometerOperationsMetrics.SMS.equals(counter)) {
            Optional<String[]> labels = MetricLabels.values(field, 2);
            if (labels.isPresent()) {
                FunctionCounter.builder("crm.sms", this, meters -> meters.value(counter, field))
                        .description("Texts handed to OpenPhone by every worker, by kind (reply, campaign) and outcome "
                                + "(sent, rejected, failed)")
                        .tags("kind", labels.get()[0], "outcome", labels.get()[1])
                        .register(registry);
            }
            return;
        }
        FunctionCounter.builder("crm.import.rows", this, meters -> meters.value(counter, field))
                .description("Import rows applied and committed by every worker")
                .register(registry);
    }

    private void typeGauges(String type) {
        if (!registered.add("depth " + type)) {
            return;
        }
        for (JobState state : JobState.values()) {
            Gauge.builder("crm.queue.depth.by.type", this,
                            meters -> meters.depthOf(meters.depthByType.getOrDefault(type, QueueDepth.EMPTY), state))
                    .description("Jobs in the queue by job type and state (each state examined up to "
                            + DEPTH_BY_TYPE_LIMIT + " entries)")
                    .tags("type", type, "state", MicrometerOperationsMetrics.name(state))
                    .register(registry);
        }
    }

    private double value(String counter, String field) {
        return values.getOrDefault(counter, Map.of()).getOrDefault(field, 0L);
    }

    private double depthOf(QueueDepth of, JobState state) {
        return switch (state) {
            case READY -> of.ready();
            case IN_FLIGHT -> of.inFlight();
            case DELAYED -> of.delayed();
            case DEAD_LETTERS -> of.deadLetters();
        };
    }
}
