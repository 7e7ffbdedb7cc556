package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ListImportsUseCase;
import com.attackacrack.crm.application.port.out.ImportHistory;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.Objects;

/** Lists the import history, newest first. */
public final class ListImportsService implements ListImportsUseCase {

    private final ImportHistory history;

    public ListImportsService(ImportHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public Page<ImportRecord> list(PageRequest page) {
        return history.list(page);
    }
}
