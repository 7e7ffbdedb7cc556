package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.importing.ImportId;
import java.io.InputStream;

/**
 * Keeps an uploaded import file in the database, in chunks, from the upload until its import has run (and for a
 * re-run): the worker reads it from there, so no file bytes travel through the job queue.
 */
public interface ImportFileStore {

    /** Streams the content into the store (memory stays flat); returns the bytes stored. */
    long store(ImportId id, InputStream content);

    /** The stored file as a stream, read chunk by chunk; the caller closes it. */
    InputStream open(ImportId id);

    /** Whether a file is stored for this import. */
    boolean has(ImportId id);

    /** Forgets the file. */
    void delete(ImportId id);
}
