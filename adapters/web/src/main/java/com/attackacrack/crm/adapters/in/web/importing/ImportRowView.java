package com.attackacrack.crm.adapters.in.web.importing;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;

/**
 * One import in the history table and on its page: file, format, who, when, status (with a Bootstrap colour) and
 * progress ({@code percent} is null while the total is unknown). {@code active}: not finished yet; {@code polls}:
 * its progress panel refreshes itself (active, and not waiting for a column mapping, which only an admin moves on).
 */
public record ImportRowView(long id, String link, String fileName, String format, String startedBy, String created,
                            String finished, String status, String statusLabel, String statusColour, boolean active,
                            boolean polls, String rowsDone, String rowsTotal, Integer percent, String error) {

    /** The view of a stored run. */
    public static ImportRowView from(ImportRecord record) {
        ImportStatus status = record.status();
        Integer percent = record.rowsTotal() == null ? null : record.rowsTotal() == 0 ? 100
                : (int) Math.min(100, record.rowsDone() * 100 / record.rowsTotal());
        return new ImportRowView(record.id().value(), ImportsController.PATH + "/" + record.id().value(),
                record.fileName(), record.format().label(), record.startedBy(), Formats.moment(record.createdAt()),
                record.finishedAt() == null ? "" : Formats.moment(record.finishedAt()), status.code(), label(status),
                colour(status), !status.finished(), !status.finished() && status != ImportStatus.AWAITING_MAPPING,
                Formats.number(record.rowsDone()),
                record.rowsTotal() == null ? "" : Formats.number(record.rowsTotal()), percent,
                record.error() == null ? "" : record.error());
    }

    private static String label(ImportStatus status) {
        return switch (status) {
            case AWAITING_MAPPING -> "Waiting for a column mapping";
            case QUEUED -> "Waiting for a worker";
            case RUNNING -> "Running";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
        };
    }

    private static String colour(ImportStatus status) {
        return switch (status) {
            case AWAITING_MAPPING -> "warning";
            case QUEUED -> "secondary";
            case RUNNING -> "primary";
            case COMPLETED -> "success";
            case FAILED -> "danger";
        };
    }
}
