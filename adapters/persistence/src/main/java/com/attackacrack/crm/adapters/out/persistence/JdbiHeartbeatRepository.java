package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Keeps the newest heartbeat of each process in PostgreSQL; joins the caller's transaction when there is one. */
public final class JdbiHeartbeatRepository implements HeartbeatRepository {

    private final HeartbeatDao dao;

    public JdbiHeartbeatRepository(Jdbi jdbi) {
        this.dao = Objects.requireNonNull(jdbi, "jdbi").onDemand(HeartbeatDao.class);
    }

    @Override
    public void record(Heartbeat heartbeat) {
        ProcessInfo process = heartbeat.process();
        dao.upsert(process.processId(), process.role().code(), process.host(), process.version(), process.startedAt(),
                heartbeat.sentAt(), heartbeat.receivedAt());
    }

    @Override
    public Optional<Heartbeat> latest(ProcessRole role) {
        return dao.latest(role.code());
    }

    @Override
    public List<Heartbeat> all() {
        return dao.all();
    }
}
