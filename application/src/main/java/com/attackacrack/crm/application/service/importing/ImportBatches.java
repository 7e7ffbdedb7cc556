package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ImportProgress;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Feeds the rows of an open file to {@link ImportRepository#applyBatch} in batches of {@value #BATCH_SIZE}: large
 * enough for set-based work, small enough that memory stays flat. A second thread reads and normalises the next
 * batch while the database applies the current one (at most three batches in memory). A malformed record part-way
 * stops the reading, but every row read before it is still applied.
 */
final class ImportBatches {

    /** Rows per batch (and per transaction). */
    static final int BATCH_SIZE = 5_000;

    private final ImportRepository imports;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final OperationsMetrics metrics;

    ImportBatches(ImportRepository imports, TransactionRunner transactions, Clock clock) {
        this(imports, transactions, clock, OperationsMetrics.NONE);
    }

    /** Batches whose committed rows (own transactions only) are reported to {@code metrics}. */
    ImportBatches(ImportRepository imports, TransactionRunner transactions, Clock clock, OperationsMetrics metrics) {
        this.imports = imports;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Applies every row, each batch in its own transaction when {@code ownTransactions} (else in the caller's, on the
     * calling thread either way); returns null when the file was read to its end, else what stopped the reading.
     */
    String applyAll(ImportId id, ImportFileReader reader, ImportProgress progress, boolean ownTransactions) {
        String source = "import:" + id.value();
        BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(1);
        Thread parser = Thread.ofVirtual().name("import-" + id.value() + "-reader").start(() -> read(reader, ready));
        long applied = 0;
        try {
            while (true) {
                Batch batch = ready.take();
                if (batch.failure() != null) {
                    throw batch.failure();
                }
                if (!batch.rows().isEmpty()) {
                    applied += apply(id, batch.rows(), source, ownTransactions);
                    progress.rowsApplied(applied);
                }
                if (batch.last()) {
                    return batch.error();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing " + id, e);
        } finally {
            parser.interrupt();
            joinQuietly(parser);
        }
    }

    /** The reading thread: hands over full batches, then the last one with the error that ended the file, if any. */
    private static void read(ImportFileReader reader, BlockingQueue<Batch> ready) {
        List<ImportRow> rows = new ArrayList<>(BATCH_SIZE);
        try {
            while (true) {
                Optional<ImportRow> row;
                String error = null;
                try {
                    row = reader.next();
                } catch (BusinessRuleException e) {
                    error = e.getMessage();
                    row = Optional.empty();
                }
                if (row.isEmpty()) {
                    ready.put(new Batch(rows, true, error, null));
                    return;
                }
                rows.add(row.get());
                if (rows.size() == BATCH_SIZE) {
                    ready.put(new Batch(rows, false, null, null));
                    rows = new ArrayList<>(BATCH_SIZE);
                }
            }
        } catch (InterruptedException e) {
            // the importing thread stopped early: nothing more is wanted
        } catch (RuntimeException e) {
            handOverFailure(ready, e);
        }
    }

    /** Passes an unexpected reading failure to the importing thread, which rethrows it. */
    private static void handOverFailure(BlockingQueue<Batch> ready, RuntimeException failure) {
        try {
            ready.put(new Batch(List.of(), true, null, failure));
        } catch (InterruptedException e) {
            // the importing thread has already stopped
            Thread.currentThread().interrupt();
        }
    }

    private int apply(ImportId id, List<ImportRow> rows, String source, boolean ownTransaction) {
        if (ownTransaction) {
            transactions.inTransaction(() -> imports.applyBatch(id, rows, source, clock.instant()));
            metrics.importRowsApplied(rows.size());
        } else {
            imports.applyBatch(id, rows, source, clock.instant());
        }
        return rows.size();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rows read by the reading thread; the last batch carries the reading error, if any, or an unexpected failure. */
    private record Batch(List<ImportRow> rows, boolean last, String error, RuntimeException failure) {
    }
}
