package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Test fake of {@link TransactionRunner} that runs the work directly and counts units of work. */
public final class DirectTransactionRunner implements TransactionRunner {

    private int units;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        units++;
        return work.get();
    }

    public int units() {
        return units;
    }
}
