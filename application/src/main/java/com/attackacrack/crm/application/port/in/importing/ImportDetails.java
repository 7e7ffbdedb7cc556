package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportRecord;
import java.util.Objects;

/** One import as its page shows it: the run, its counts read back from the database, and whether it can re-run. */
public record ImportDetails(ImportRecord record, ImportCounts counts, boolean canRerun) {

    public ImportDetails {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(counts, "counts");
    }
}
