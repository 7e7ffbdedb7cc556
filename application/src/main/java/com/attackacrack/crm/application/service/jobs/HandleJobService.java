package com.attackacrack.crm.application.service.jobs;

import com.attackacrack.crm.application.port.in.jobs.HandleJobUseCase;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Dispatches each job to the one handler registered for its type; a job of an unknown type is a permanent failure. */
public final class HandleJobService implements HandleJobUseCase {

    private final Map<String, JobHandler> handlers = new HashMap<>();

    public HandleJobService(Collection<? extends JobHandler> handlers) {
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
        if (handler == null) {
            throw new PermanentJobFailure("no handler for job type '" + job.type() + "' (job " + job.id() + ")");
        }
        handler.handle(job);
    }
}
