package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import com.attackacrack.crm.domain.system.ComponentStatus;
import com.attackacrack.crm.domain.system.SystemHealth;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Test fake of {@link CheckSystemHealthUseCase} answering whatever the test set, or throwing when told to. */
public final class FakeCheckSystemHealth implements CheckSystemHealthUseCase {

    public static final String VERSION = "1.2.3-test";
    public static final Instant CHECKED_AT = Instant.parse("2025-01-02T03:04:05Z");

    private final AtomicReference<SystemHealth> answer = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private FakeCheckSystemHealth(List<ComponentStatus> components) {
        answering(components);
    }

    public static FakeCheckSystemHealth allUp() {
        return new FakeCheckSystemHealth(List.of(
                ComponentStatus.up("database", "PostgreSQL 16.10, 3 ms", 3),
                ComponentStatus.up("redis", "Redis 7.2, PONG", 1),
                ComponentStatus.up("worker", "last heartbeat 4s ago from worker-1", 2)));
    }

    public FakeCheckSystemHealth answering(List<ComponentStatus> components) {
        answer.set(new SystemHealth(components, VERSION, CHECKED_AT));
        failure.set(null);
        return this;
    }

    public FakeCheckSystemHealth withDown(String name, String detail) {
        List<ComponentStatus> components = answer.get().components().stream()
                .map(it -> it.name().equals(name) ? ComponentStatus.down(name, detail, it.latencyMillis()) : it)
                .toList();
        return answering(components);
    }

    public FakeCheckSystemHealth failingWith(RuntimeException exception) {
        failure.set(exception);
        return this;
    }

    @Override
    public SystemHealth check() {
        RuntimeException exception = failure.get();
        if (exception != null) {
            throw exception;
        }
        return answer.get();
    }
}
