package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake of {@link HeartbeatRepository} that keeps the newest heartbeat per process in memory. */
public final class InMemoryHeartbeatRepository implements HeartbeatRepository {

    private final Map<String, Heartbeat> byProcess = new ConcurrentHashMap<>();

    @Override
    public void record(Heartbeat heartbeat) {
        byProcess.merge(heartbeat.process().processId(), heartbeat,
                (old, incoming) -> incoming.receivedAt().isBefore(old.receivedAt()) ? old : incoming);
    }

    @Override
    public Optional<Heartbeat> latest(ProcessRole role) {
        return byProcess.values().stream()
                .filter(beat -> beat.process().role() == role)
                .max(Comparator.comparing(Heartbeat::receivedAt));
    }

    @Override
    public List<Heartbeat> all() {
        return byProcess.values().stream().sorted(Comparator.comparing(Heartbeat::receivedAt).reversed()).toList();
    }
}
