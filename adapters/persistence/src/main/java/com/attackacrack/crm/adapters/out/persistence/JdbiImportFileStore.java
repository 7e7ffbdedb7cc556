package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps import files in {@code import_file_chunks} (V7) as chunks of {@value #CHUNK_SIZE} bytes: storing reads and
 * inserts one chunk at a time in one transaction, reading fetches one chunk per statement when the reader needs it,
 * so memory holds about one chunk whatever the file size. An empty file is stored as one empty chunk.
 */
public final class JdbiImportFileStore implements ImportFileStore {

    /** Bytes per stored chunk (1 MiB). */
    static final int CHUNK_SIZE = 1024 * 1024;

    private final Jdbi jdbi;

    /** A store on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiImportFileStore(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public long store(ImportId id, InputStream content) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("delete from import_file_chunks where import_id = :id")
                    .bind("id", id.value()).execute();
            byte[] buffer = new byte[CHUNK_SIZE];
            long total = 0;
            int seq = 0;
            while (true) {
                int read = readChunk(content, buffer);
                if (read == 0 && seq > 0) {
                    break;
                }
                insert(handle, id, seq, read == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, read));
                total += read;
                seq++;
                if (read < CHUNK_SIZE) {
                    break;
                }
            }
            return total;
        });
    }

    @Override
    public InputStream open(ImportId id) {
        Objects.requireNonNull(id, "id");
        byte[] first = chunk(id, 0).orElseThrow(
                () -> BusinessRuleException.notFound("No file is stored for import " + id));
        return new ChunkStream(id, first);
    }

    @Override
    public boolean has(ImportId id) {
        Objects.requireNonNull(id, "id");
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select exists (select 1 from import_file_chunks where import_id = :id)")
                .bind("id", id.value())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public void delete(ImportId id) {
        Objects.requireNonNull(id, "id");
        jdbi.useHandle(handle -> handle.createUpdate("delete from import_file_chunks where import_id = :id")
                .bind("id", id.value()).execute());
    }

    private static void insert(Handle handle, ImportId id, int seq, byte[] data) {
        handle.createUpdate("insert into import_file_chunks (import_id, seq, data) values (:id, :seq, :data)")
                .bind("id", id.value())
                .bind("seq", seq)
                .bind("data", data)
                .execute();
    }

    /** Fills the buffer as far as the stream allows; returns the bytes read (less than the buffer only at the end). */
    private static int readChunk(InputStream content, byte[] buffer) {
        try {
            return content.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the import file failed", e);
        }
    }

    private Optional<byte[]> chunk(ImportId id, int seq) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select data from import_file_chunks where import_id = :id and seq = :seq")
                .bind("id", id.value())
                .bind("seq", seq)
                .mapTo(byte[].class)
                .findOne());
    }

    /** Reads the chunks in order, fetching the next one only when the current one is used up. */
    private final class ChunkStream extends InputStream {

        private final ImportId id;
        private byte[] current;
        private int position;
        private int nextSeq = 1;
        private boolean closed;

        ChunkStream(ImportId id, byte[] first) {
            this.id = id;
            this.current = first;
        }

        @Override
        public int read() throws IOException {
            if (!ensureData()) {
                return -1;
            }
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, target.length);
            if (length == 0) {
                return 0;
            }
            if (!ensureData()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return current == null ? 0 : current.length - position;
        }

        @Override
        public void close() {
            closed = true;
            current = null;
        }

        /** True when unread bytes are in {@code current}, fetching following chunks as needed. */
        private boolean ensureData() throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            while (current != null && position >= current.length) {
                current = current.length == 0 ? null : chunk(id, nextSeq++).orElse(null);
                position = 0;
            }
            return current != null;
        }
    }
}
