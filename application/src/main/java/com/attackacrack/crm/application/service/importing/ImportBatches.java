package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ImportProgress;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feeds the rows of an open file to {@link ImportRepository#applyBatch} in batches of {@value #BATCH_SIZE}: large
 * enough for set-based work, small enough that memory stays flat. A malformed record part-way stops the reading,
 * but every row read before it is still applied.
 */
final class ImportBatches {

    /** Rows per batch (and per transaction). */
    static final int BATCH_SIZE = 2_000;

    private final ImportRepository imports;
    private final TransactionRunner transactions;
    private final Clock clock;

    ImportBatches(ImportRepository imports, TransactionRunner transactions, Clock clock) {
        this.imports = imports;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Applies every row, each batch in its own transaction when {@code ownTransactions} (else in the caller's);
     * returns null when the file was read to its end, else what stopped the reading.
     */
    String applyAll(ImportId id, ImportFileReader reader, ImportProgress progress, boolean ownTransactions) {
        String source = "import:" + id.value();
        List<ImportRow> batch = new ArrayList<>(BATCH_SIZE);
        long applied = 0;
        String error = null;
        while (true) {
            Optional<ImportRow> row;
            try {
                row = reader.next();
            } catch (BusinessRuleException e) {
                error = e.getMessage();
                row = Optional.empty();
            }
            row.ifPresent(batch::add);
            if (batch.size() == BATCH_SIZE || (row.isEmpty() && !batch.isEmpty())) {
                applied += apply(id, batch, source, ownTransactions);
                progress.rowsApplied(applied);
            }
            if (row.isEmpty()) {
                return error;
            }
        }
    }

    private int apply(ImportId id, List<ImportRow> batch, String source, boolean ownTransaction) {
        List<ImportRow> rows = List.copyOf(batch);
        batch.clear();
        if (ownTransaction) {
            transactions.inTransaction(() -> imports.applyBatch(id, rows, source, clock.instant()));
        } else {
            imports.applyBatch(id, rows, source, clock.instant());
        }
        return rows.size();
    }
}
