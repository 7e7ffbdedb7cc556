package com.attackacrack.crm.application.service.system;

import com.attackacrack.crm.application.port.in.system.PublishHeartbeatUseCase;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.domain.system.ProcessInfo;
import java.time.Clock;

/** Enqueues a heartbeat for this process; a worker that takes it records it, proving queue and worker both work. */
public final class PublishHeartbeatService implements PublishHeartbeatUseCase {

    private final JobQueue queue;
    private final ProcessInfo process;
    private final Clock clock;

    public PublishHeartbeatService(JobQueue queue, ProcessInfo process, Clock clock) {
        this.queue = queue;
        this.process = process;
        this.clock = clock;
    }

    @Override
    public void publish() {
        queue.enqueue(HeartbeatJob.request(process, clock.instant()));
    }
}
