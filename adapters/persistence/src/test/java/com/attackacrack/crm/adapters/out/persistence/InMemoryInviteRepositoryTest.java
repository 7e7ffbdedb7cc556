package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryInviteRepository;
import com.attackacrack.crm.application.fakes.InMemoryUserRepository;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;

class InMemoryInviteRepositoryTest extends AbstractInviteRepositoryTest {

    @Override
    protected InviteRepository inviteRepository() {
        return new InMemoryInviteRepository();
    }

    @Override
    protected UserRepository userRepository() {
        return new InMemoryUserRepository();
    }

    @Override
    protected TransactionRunner transactionRunner() {
        return new DirectTransactionRunner();
    }
}
