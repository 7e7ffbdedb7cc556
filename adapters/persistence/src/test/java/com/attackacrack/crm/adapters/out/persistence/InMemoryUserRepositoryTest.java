package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryUserRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;

class InMemoryUserRepositoryTest extends AbstractUserRepositoryTest {

    @Override
    protected UserRepository repository() {
        return new InMemoryUserRepository();
    }

    @Override
    protected TransactionRunner transactionRunner() {
        return new DirectTransactionRunner();
    }
}
