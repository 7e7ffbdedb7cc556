package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.domain.importing.ImportId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link ImportFileStore} keeping each import's bytes in memory. */
public final class InMemoryImportFileStore implements ImportFileStore {

    private final Map<ImportId, byte[]> files = new HashMap<>();

    @Override
    public long store(ImportId id, InputStream content) {
        try {
            byte[] bytes = content.readAllBytes();
            files.put(id, bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(ImportId id) {
        byte[] bytes = files.get(id);
        if (bytes == null) {
            throw new IllegalStateException("no file stored for import " + id);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean has(ImportId id) {
        return files.containsKey(id);
    }

    @Override
    public void delete(ImportId id) {
        files.remove(id);
    }

    /** Stores bytes directly, as if uploaded earlier. */
    public void put(ImportId id, byte[] bytes) {
        files.put(id, bytes.clone());
    }

    /** The stored bytes, if any. */
    public Optional<byte[]> bytes(ImportId id) {
        return Optional.ofNullable(files.get(id)).map(byte[]::clone);
    }

    /** How many files are stored. */
    public int size() {
        return files.size();
    }
}
