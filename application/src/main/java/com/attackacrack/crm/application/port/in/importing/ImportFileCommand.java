package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Import one CSV file: its name (as shown in the import history), its bytes (read once, streamed), the format (null:
 * detect from the header), the name of a saved column mapping to read a generic file with (null: one is suggested
 * from the header; a name implies the generic format), who starts it, and whether it is a dry run (everything is
 * worked out, then rolled back).
 */
public record ImportFileCommand(String fileName, InputStream content, ImportFormat format, String mappingName,
                                String startedBy, boolean dryRun) {

    public ImportFileCommand {
        Objects.requireNonNull(content, "content");
        if (fileName == null || fileName.isBlank()) {
            throw BusinessRuleException.invalid("The import needs a file name");
        }
        if (startedBy == null || startedBy.isBlank()) {
            throw BusinessRuleException.invalid("The import needs to say who started it");
        }
        fileName = fileName.strip();
        mappingName = mappingName == null || mappingName.isBlank() ? null : mappingName.strip();
        if (mappingName != null && format != null && format != ImportFormat.GENERIC) {
            throw BusinessRuleException.invalid("A saved column mapping applies to generic CSV files only, not to a "
                    + format.label());
        }
        if (fileName.length() > 255) {
            throw BusinessRuleException.invalid("File name must be at most 255 characters");
        }
    }
}
