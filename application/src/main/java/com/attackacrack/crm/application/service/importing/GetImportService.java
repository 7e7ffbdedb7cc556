package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.GetImportUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportDetails;
import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.domain.importing.ImportId;
import java.util.Objects;
import java.util.Optional;

/** Reads an import with its counts, read back from the database. */
public final class GetImportService implements GetImportUseCase {

    private final ImportRepository imports;
    private final ImportFileStore files;

    public GetImportService(ImportRepository imports, ImportFileStore files) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.files = Objects.requireNonNull(files, "files");
    }

    @Override
    public Optional<ImportDetails> get(ImportId id) {
        return imports.find(id).map(record -> new ImportDetails(record, imports.counts(id),
                RerunImportService.canRerun(record, files.has(id))));
    }
}
