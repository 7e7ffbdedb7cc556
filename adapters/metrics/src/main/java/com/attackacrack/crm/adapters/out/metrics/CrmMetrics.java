package com.attackacrack.crm.adapters.out.metrics;

import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.SharedCounters;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;

/**
 * The web process's metrics: one Prometheus registry with the JVM (memory, GC, threads, class loading, CPU, uptime),
 * the database pool (HikariCP's own Micrometer tracker), HTTP requests ({@code HttpMetricsFilter}), webhook receipts,
 * and, read at each scrape, the counters every process shares and the job queue's depth.
 */
public final class CrmMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final SharedCounterMeters shared;
    private final OperationsMetrics operations;

    /** A registry with the JVM meters bound, reading shared figures from {@code counters} and {@code queue}. */
    public CrmMetrics(SharedCounters counters, JobQueue queue) {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        this.shared = new SharedCounterMeters(registry, counters, queue);
        this.operations = new MicrometerOperationsMetrics(counters, registry);
    }

    /** Where the web process's services report their figures. */
    public OperationsMetrics operations() {
        return operations;
    }

    /** The registry, for the HTTP filter. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Adds the pool's meters ({@code hikaricp_connections_active}, idle, pending, timeouts, acquire time, ...). */
    public void bindConnectionPool(HikariDataSource pool) {
        Objects.requireNonNull(pool, "pool").setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    /** Every meter in the Prometheus text format, the shared figures read first. */
    public String scrape() {
        shared.refresh();
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
