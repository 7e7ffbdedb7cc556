package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import java.util.function.Consumer;

/** Streams an import's per-row problems (line, field, value, reason) in line order, for the CSV download. */
public interface ExportImportProblemsUseCase {

    /** Returns how many problems were streamed. */
    long export(ImportId id, Consumer<ImportProblem> sink);
}
