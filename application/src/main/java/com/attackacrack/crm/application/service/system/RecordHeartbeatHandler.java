package com.attackacrack.crm.application.service.system;

import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.jobs.JobHandler;
import com.attackacrack.crm.domain.system.Heartbeat;
import java.time.Clock;

/** Handles {@code system.heartbeat} jobs by storing the sender's heartbeat with the time it was received. */
public final class RecordHeartbeatHandler implements JobHandler {

    private final HeartbeatRepository heartbeats;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RecordHeartbeatHandler(HeartbeatRepository heartbeats, TransactionRunner transactions, Clock clock) {
        this.heartbeats = heartbeats;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String jobType() {
        return HeartbeatJob.TYPE;
    }

    @Override
    public void handle(Job job) {
        Heartbeat heartbeat = new Heartbeat(HeartbeatJob.process(job), HeartbeatJob.sentAt(job), clock.instant());
        transactions.inTransaction(() -> heartbeats.record(heartbeat));
    }
}
