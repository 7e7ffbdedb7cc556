package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An uploaded file to import in the background: its name, its bytes (streamed once), the format (null: detect from
 * the header), a saved column mapping's name for generic files (null: an admin maps the columns after the upload),
 * and who uploaded it.
 */
public record UploadImportCommand(String fileName, InputStream content, ImportFormat format, String mappingName,
                                  String uploadedBy) {

    public UploadImportCommand {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        fileName = fileName == null ? "" : fileName.strip();
        if (fileName.isEmpty()) {
            throw BusinessRuleException.invalid("Choose a file to import");
        }
        if (fileName.length() > 255) {
            throw BusinessRuleException.invalid("File name must be at most 255 characters");
        }
        mappingName = mappingName == null || mappingName.isBlank() ? null : mappingName.strip();
    }
}
