package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.TransactionRunner;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a unit of work in one JDBI transaction; repositories built on the same {@link Jdbi} join it because Jdbi
 * binds the open handle to the calling thread for as long as the work runs.
 */
public final class JdbiTransactionRunner implements TransactionRunner {

    private final Jdbi jdbi;

    public JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return jdbi.inTransaction(handle -> work.get());
    }
}
