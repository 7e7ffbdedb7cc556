package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.fakes.InMemoryHeartbeatRepository;
import com.attackacrack.crm.application.port.out.HeartbeatRepository;

class InMemoryHeartbeatRepositoryTest extends AbstractHeartbeatRepositoryTest {

    @Override
    protected HeartbeatRepository repository() {
        return new InMemoryHeartbeatRepository();
    }
}
