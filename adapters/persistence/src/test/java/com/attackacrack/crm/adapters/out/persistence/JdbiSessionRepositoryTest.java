package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.UserRepository;
import org.jdbi.v3.core.Jdbi;

class JdbiSessionRepositoryTest extends AbstractSessionRepositoryTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();

    @Override
    protected SessionRepository sessionRepository() {
        JdbiUserRepositoryTest.emptyAuthTables(jdbi);
        return new JdbiSessionRepository(jdbi);
    }

    @Override
    protected UserRepository userRepository() {
        return new JdbiUserRepository(jdbi);
    }
}
