package com.attackacrack.crm.domain.importing;

import java.time.Instant;
import java.util.Objects;

/**
 * One import run as stored: the file, its format, who started it (a user's email or "CLI ..."), when, how far it
 * got ({@code rowsDone} of {@code rowsTotal}, the latter null when not known in advance), its status and error, and
 * the column mapping a generic file is read with (null: none chosen, or not a generic file).
 */
public record ImportRecord(ImportId id, String fileName, ImportFormat format, String startedBy, ImportStatus status,
                           long rowsDone, Long rowsTotal, Instant createdAt, Instant finishedAt, String error,
                           ColumnMapping mapping) {

    public ImportRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
