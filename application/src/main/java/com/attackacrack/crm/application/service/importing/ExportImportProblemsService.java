package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ExportImportProblemsUseCase;
import com.attackacrack.crm.application.port.out.ImportHistory;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import java.util.Objects;
import java.util.function.Consumer;

/** Streams an import's row problems in line order for the CSV download. */
public final class ExportImportProblemsService implements ExportImportProblemsUseCase {

    private final ImportHistory history;

    public ExportImportProblemsService(ImportHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public long export(ImportId id, Consumer<ImportProblem> sink) {
        return history.forEachProblem(id, sink);
    }
}
