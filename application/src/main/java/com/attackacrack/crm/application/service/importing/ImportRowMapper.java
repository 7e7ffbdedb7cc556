package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.domain.importing.ImportRow;

/** Turns one data record of an import file into a normalised row; bad values become the row's problems. */
public interface ImportRowMapper {

    /** The row for this record; never throws for bad cell values. */
    ImportRow map(CsvRecord record);
}
