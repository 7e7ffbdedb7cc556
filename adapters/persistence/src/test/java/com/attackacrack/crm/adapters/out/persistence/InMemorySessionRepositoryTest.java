package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.fakes.InMemorySessionRepository;
import com.attackacrack.crm.application.fakes.InMemoryUserRepository;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.UserRepository;

class InMemorySessionRepositoryTest extends AbstractSessionRepositoryTest {

    @Override
    protected SessionRepository sessionRepository() {
        return new InMemorySessionRepository();
    }

    @Override
    protected UserRepository userRepository() {
        return new InMemoryUserRepository();
    }
}
