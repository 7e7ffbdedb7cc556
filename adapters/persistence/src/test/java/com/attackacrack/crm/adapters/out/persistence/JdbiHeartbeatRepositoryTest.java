package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import org.jdbi.v3.core.Jdbi;

class JdbiHeartbeatRepositoryTest extends AbstractHeartbeatRepositoryTest {

    @Override
    protected HeartbeatRepository repository() {
        Jdbi jdbi = TestDatabase.shared().jdbi();
        jdbi.useHandle(handle -> handle.execute("delete from process_heartbeats"));
        return new JdbiHeartbeatRepository(jdbi);
    }
}
