package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import org.jdbi.v3.core.Jdbi;

class JdbiPropertyRepositoryTest extends AbstractPropertyRepositoryTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();

    @Override
    protected void givenEmptyRepositories() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
    }

    @Override
    protected PropertyRepository propertyRepository() {
        return new JdbiPropertyRepository(jdbi);
    }

    @Override
    protected ContactRepository contactRepository() {
        return new JdbiContactRepository(jdbi);
    }

    @Override
    protected TransactionRunner transactionRunner() {
        return new JdbiTransactionRunner(jdbi);
    }
}
