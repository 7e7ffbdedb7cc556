package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.JobRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Test fake of {@link JobQueue} that records what was enqueued and when it should run, or fails when told to. */
public final class RecordingJobQueue implements JobQueue {

    /** One recorded enqueue. */
    public record Enqueued(String id, JobRequest request, Instant runAt) {
    }

    private final List<Enqueued> enqueued = new ArrayList<>();
    private RuntimeException failure;

    /** Makes every enqueue throw this (the queue is down) until called again with null. */
    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public synchronized String enqueue(JobRequest request) {
        return enqueueAt(request, null);
    }

    @Override
    public synchronized String enqueueAt(JobRequest request, Instant runAt) {
        if (failure != null) {
            throw failure;
        }
        String id = "job-" + (enqueued.size() + 1);
        enqueued.add(new Enqueued(id, request, runAt));
        return id;
    }

    @Override
    public synchronized QueueDepth depth() {
        return new QueueDepth(enqueued.size(), 0, 0, 0);
    }

    @Override
    public synchronized DepthByType depthByType(int limit) {
        Map<String, QueueDepth> byType = new TreeMap<>();
        enqueued.forEach(it -> byType.merge(it.request().type(), new QueueDepth(1, 0, 0, 0), QueueDepth::plus));
        return new DepthByType(byType, Set.of());
    }

    public synchronized List<Enqueued> enqueued() {
        return List.copyOf(enqueued);
    }
}
