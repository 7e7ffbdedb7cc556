package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.OptOut;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

class JdbiContactRepositoryTest extends AbstractContactRepositoryTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();

    @Override
    protected void givenEmptyRepositories() {
        emptyContactTables(jdbi);
    }

    @Override
    protected ContactRepository contactRepository() {
        return new JdbiContactRepository(jdbi);
    }

    @Override
    protected PropertyRepository propertyRepository() {
        return new JdbiPropertyRepository(jdbi);
    }

    @Override
    protected TransactionRunner transactionRunner() {
        return new JdbiTransactionRunner(jdbi);
    }

    @Override
    protected void optOut(ContactId id, OptOut optOut) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "update contacts set opted_out_at = :at, opt_out_reason = :reason where id = :id")
                .bind("at", optOut.at()).bind("reason", optOut.reason()).bind("id", id.value()).execute());
    }

    @Override
    protected void recordActivity(ContactId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("update contacts set last_activity_at = :at where id = :id")
                .bind("at", at).bind("id", id.value()).execute());
    }

    static void emptyContactTables(Jdbi jdbi) {
        jdbi.useHandle(handle -> handle.execute(
                "truncate contacts, properties, property_contacts restart identity cascade"));
    }
}
