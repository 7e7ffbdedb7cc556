package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import org.jdbi.v3.core.Jdbi;

class JdbiInviteRepositoryTest extends AbstractInviteRepositoryTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();

    @Override
    protected InviteRepository inviteRepository() {
        JdbiUserRepositoryTest.emptyAuthTables(jdbi);
        return new JdbiInviteRepository(jdbi);
    }

    @Override
    protected UserRepository userRepository() {
        return new JdbiUserRepository(jdbi);
    }

    @Override
    protected TransactionRunner transactionRunner() {
        return new JdbiTransactionRunner(jdbi);
    }
}
