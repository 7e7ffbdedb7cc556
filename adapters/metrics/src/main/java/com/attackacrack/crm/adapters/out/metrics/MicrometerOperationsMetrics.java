package com.attackacrack.crm.adapters.out.metrics;

import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.SharedCounters;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the services' figures: what workers and the scheduler count (jobs, texts, import rows) goes to the
 * {@link SharedCounters} every process shares, read back at scrape time by {@link SharedCounterMeters}; webhook
 * receipts happen only in the web process and are a local Micrometer timer. Never throws.
 */
public final class MicrometerOperationsMetrics implements OperationsMetrics {

    /** Shared counter of finished jobs; fields {@code type|outcome}. */
    static final String JOBS = "jobs";
    /** Shared counter of the microseconds finished jobs ran; fields {@code type|outcome}. */
    static final String JOB_MICROS = "jobs_micros";
    /** Shared counter of gateway answers; fields {@code kind|outcome}. */
    static final String SMS = "sms";
    /** Shared counter of committed import rows; one field, {@value #ALL}. */
    static final String IMPORT_ROWS = "import_rows";
    /** The field of a counter without labels. */
    static final String ALL = "all";
    /** The webhook timer's name. */
    static final String WEBHOOKS = "crm.webhooks.received";

    /** Latency buckets (seconds) for the webhook and HTTP timers: enough to see a 5 ms vs a 2 s answer. */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerOperationsMetrics.class);

    private final SharedCounters counters;
    private final MeterRegistry local;

    /** Figures into the shared counters, webhook receipts into {@code local}. */
    public MicrometerOperationsMetrics(SharedCounters counters, MeterRegistry local) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.local = Objects.requireNonNull(local, "local");
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            webhookTimer(outcome);
        }
    }

    @Override
    public void jobFinished(String jobType, JobOutcome outcome, Duration duration) {
        String field = MetricLabels.field(jobType, name(outcome));
        add(JOBS, field, 1);
        add(JOB_MICROS, field, Math.max(0, TimeUnit.NANOSECONDS.toMicros(duration.toNanos())));
    }

    @Override
    public void webhookReceived(WebhookOutcome outcome, Duration latency) {
        try {
            webhookTimer(outcome).record(latency);
        } catch (RuntimeException e) {
            LOG.warn("Could not record a webhook receipt", e);
        }
    }

    @Override
    public void smsSent(SmsKind kind, SmsSendResult.Outcome outcome) {
        add(SMS, MetricLabels.field(name(kind), smsOutcome(outcome)), 1);
    }

    @Override
    public void importRowsApplied(long rows) {
        add(IMPORT_ROWS, ALL, rows);
    }

    /** The SMS outcome's label: the gateway took it (sent), refused it (rejected) or failed (may or may not be sent). */
    static String smsOutcome(SmsSendResult.Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> "sent";
            case REJECTED -> "rejected";
            case FAILED -> "failed";
        };
    }

    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private Timer webhookTimer(WebhookOutcome outcome) {
        return Timer.builder(WEBHOOKS)
                .description("Signed OpenPhone webhook deliveries answered, by outcome, and the time to answer them")
                .tag("outcome", name(outcome))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(local);
    }

    private void add(String counter, String field, long amount) {
        try {
            counters.add(counter, field, amount);
        } catch (RuntimeException e) {
            LOG.warn("Could not count {} {}", counter, field, e);
        }
    }
}
