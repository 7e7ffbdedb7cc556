package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.webhook.RequeueWaitingWebhooksUseCase;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Enqueues a {@code webhook.process} job for each stored event still waiting as received (at most 1,000 per run). */
public final class RequeueWaitingWebhooksService implements RequeueWaitingWebhooksUseCase {

    /** The most events one run hands over; a later run takes the rest. */
    public static final int BATCH = 1_000;

    private final WebhookEventRepository events;
    private final JobQueue jobs;
    private final Clock clock;

    public RequeueWaitingWebhooksService(WebhookEventRepository events, JobQueue jobs, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int requeueWaiting(Duration olderThan) {
        if (olderThan == null || olderThan.isNegative()) {
            throw new IllegalArgumentException("olderThan must be zero or more, was " + olderThan);
        }
        List<Long> waiting = events.waiting(clock.instant().minus(olderThan), BATCH);
        for (long id : waiting) {
            jobs.enqueue(WebhookJob.request(id));
        }
        return waiting.size();
    }
}
