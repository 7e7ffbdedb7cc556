package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryPropertyRepository;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.OptOut;
import java.time.Instant;

class InMemoryContactRepositoryTest extends AbstractContactRepositoryTest {

    private InMemoryContactRepository fakeContacts;
    private InMemoryPropertyRepository fakeProperties;

    @Override
    protected void givenEmptyRepositories() {
        fakeContacts = new InMemoryContactRepository();
        fakeProperties = new InMemoryPropertyRepository(fakeContacts);
    }

    @Override
    protected ContactRepository contactRepository() {
        return fakeContacts;
    }

    @Override
    protected PropertyRepository propertyRepository() {
        return fakeProperties;
    }

    @Override
    protected TransactionRunner transactionRunner() {
        return new DirectTransactionRunner();
    }

    @Override
    protected void optOut(ContactId id, OptOut optOut) {
        fakeContacts.optOut(id, optOut);
    }

    @Override
    protected void recordActivity(ContactId id, Instant at) {
        fakeContacts.recordActivity(id, at);
    }
}
