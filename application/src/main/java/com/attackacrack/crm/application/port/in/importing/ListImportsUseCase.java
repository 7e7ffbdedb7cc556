package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;

/** The import history, newest first. */
public interface ListImportsUseCase {

    /** One page of the history with its total. */
    Page<ImportRecord> list(PageRequest page);
}
