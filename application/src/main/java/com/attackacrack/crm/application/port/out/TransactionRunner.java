package com.attackacrack.crm.application.port.out;

import java.util.function.Supplier;

/** Runs one unit of work in one database transaction: committed when the work returns, rolled back when it throws. */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
