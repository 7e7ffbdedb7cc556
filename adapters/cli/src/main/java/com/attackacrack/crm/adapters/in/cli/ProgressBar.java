package com.attackacrack.crm.adapters.in.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line terminal progress bar for long CLI work, redrawn in place with a carriage return: the share of the
 * input read (bytes) and the rows applied so far.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter terminal;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private boolean drawn;

    ProgressBar(PrintWriter terminal, long totalBytes, LongSupplier bytesRead) {
        this.terminal = terminal;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
    }

    /** Redraws the bar after a batch. */
    void rowsApplied(long rows) {
        terminal.print("\r" + line(rows));
        terminal.flush();
        drawn = true;
    }

    /** Ends the bar's line so that what follows starts on a new one. */
    void finish() {
        if (drawn) {
            terminal.println();
            terminal.flush();
        }
    }

    /** The bar's text, e.g. {@code [#########.....]  60%  12,000 rows}. */
    String line(long rows) {
        double share = totalBytes <= 0 ? 1.0 : Math.min(1.0, (double) bytesRead.getAsLong() / totalBytes);
        int filled = (int) Math.round(share * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d rows", "#".repeat(filled), ".".repeat(WIDTH - filled),
                Math.round(share * 100), rows);
    }
}
