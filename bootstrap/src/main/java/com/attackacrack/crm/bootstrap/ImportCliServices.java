package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.application.port.in.campaign.AddImportToNamedListUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportFileUseCase;

/** What {@code crm import} uses, on one database: the import itself and the adding of its contacts to a named list. */
record ImportCliServices(ImportFileUseCase importFile, AddImportToNamedListUseCase addToList) {
}
