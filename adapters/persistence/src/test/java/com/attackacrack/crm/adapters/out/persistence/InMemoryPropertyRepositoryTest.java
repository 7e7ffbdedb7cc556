package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryPropertyRepository;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;

class InMemoryPropertyRepositoryTest extends AbstractPropertyRepositoryTest {

    private InMemoryContactRepository fakeContacts;
    private InMemoryPropertyRepository fakeProperties;

    @Override
    protected void givenEmptyRepositories() {
        fakeContacts = new InMemoryContactRepository();
        fakeProperties = new InMemoryPropertyRepository(fakeContacts);
    }

    @Override
    protected PropertyRepository propertyRepository() {
        return fakeProperties;
    }

    @Override
    protected ContactRepository contactRepository() {
        return fakeContacts;
    }

    @Override
    protected TransactionRunner transactionRunner() {
        return new DirectTransactionRunner();
    }
}
