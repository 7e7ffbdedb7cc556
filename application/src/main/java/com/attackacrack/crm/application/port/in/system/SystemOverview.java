package com.attackacrack.crm.application.port.in.system;

import com.attackacrack.crm.application.port.out.DatabaseInspector.DatabaseFacts;
import com.attackacrack.crm.application.port.out.JobQueue.JobState;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.attackacrack.crm.application.port.out.RedisInspector.RedisFacts;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The system as the System page shows it, read at {@code checkedAt}.
 *
 * @param checkedAt when the parts were read
 * @param build     this build and the environment it runs in
 * @param database  the database's facts, or why they are unavailable
 * @param redis     Redis's facts, or why they are unavailable
 * @param queue     the job queue's depth per type, or why it is unavailable
 * @param processes the processes heard from recently (and how many older ones are not shown), or why they are
 *                  unavailable
 */
public record SystemOverview(Instant checkedAt, BuildDetails build, Section<DatabaseFacts> database,
                             Section<RedisFacts> redis, Section<QueueOverview> queue, Section<ProcessesOverview> processes) {

    public SystemOverview {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(processes, "processes");
    }

    /**
     * The build of the process answering and its environment.
     *
     * @param version     the application version
     * @param buildTime   when it was built
     * @param environment the environment's name (production, development, test)
     */
    public record BuildDetails(String version, String buildTime, String environment) {
    }

    /**
     * One part of the page: its value, or the reason it could not be read.
     *
     * @param value       the part's value; null when unavailable
     * @param unavailable why the part could not be read; null when available
     * @param <T>         the part's type
     */
    public record Section<T>(T value, String unavailable) {

        public Section {
            if ((value == null) == (unavailable == null)) {
                throw new IllegalArgumentException("a section has either a value or a reason it is unavailable");
            }
        }

        /** A part read successfully. */
        public static <T> Section<T> of(T value) {
            return new Section<>(Objects.requireNonNull(value, "value"), null);
        }

        /** A part that could not be read. */
        public static <T> Section<T> failed(String reason) {
            return new Section<>(null, reason == null || reason.isBlank() ? "no reason given" : reason);
        }

        /** True when the part was read. */
        public boolean available() {
            return value != null;
        }
    }

    /**
     * The job queue: per-type counts and exact totals.
     *
     * @param types  the depth of each job type found, by type name
     * @param totals the exact totals over every type
     * @param capped the states where more entries existed than were examined, so per-type counts are lower bounds
     * @param limit  how many entries of each state were examined at most
     */
    public record QueueOverview(List<TypeDepth> types, QueueDepth totals, Set<JobState> capped, int limit) {

        public QueueOverview {
            types = List.copyOf(types);
            Objects.requireNonNull(totals, "totals");
            capped = Set.copyOf(capped);
        }
    }

    /**
     * One job type's depth.
     *
     * @param type  the job type ("message.send")
     * @param depth its counts by state
     */
    public record TypeDepth(String type, QueueDepth depth) {
    }

    /**
     * The processes heard from recently, and how many older ones are left out.
     *
     * @param processes   the latest heartbeat of each process heard from within {@code shownWithin}, by role then
     *                    most recent first
     * @param maxSilence  how long a process may stay silent before it counts as stale
     * @param notShown    how many processes were silent for longer than {@code shownWithin} and are left out
     * @param shownWithin how recently a process must have been heard from to be listed
     * @param purgedAfter how long the daily purge keeps the heartbeat of a silent process
     */
    public record ProcessesOverview(List<ProcessStatus> processes, Duration maxSilence, int notShown,
                                    Duration shownWithin, Duration purgedAfter) {

        public ProcessesOverview {
            processes = List.copyOf(processes);
            Objects.requireNonNull(maxSilence, "maxSilence");
            Objects.requireNonNull(shownWithin, "shownWithin");
            Objects.requireNonNull(purgedAfter, "purgedAfter");
            if (notShown < 0) {
                throw new IllegalArgumentException("notShown must not be negative, was " + notShown);
            }
        }

        /** True when any listed process (heard from within {@code shownWithin}) of the role has reported. */
        public boolean reported(ProcessRole role) {
            return processes.stream().anyMatch(it -> it.process().role() == role);
        }
    }

    /**
     * One process as its latest heartbeat shows it.
     *
     * @param process         who it is
     * @param lastHeartbeatAt when its latest heartbeat was received
     * @param age             how long ago that was
     * @param queueLag        how long that heartbeat waited in the queue
     * @param fresh           whether it was received within the allowed silence
     */
    public record ProcessStatus(ProcessInfo process, Instant lastHeartbeatAt, Duration age, Duration queueLag,
                                boolean fresh) {
    }
}
