package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiImportFileStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiImportFileStore store = new JdbiImportFileStore(jdbi);
    private ImportId id;

    @BeforeEach
    void givenAQueuedImport() {
        jdbi.useHandle(handle -> handle.execute("truncate imports restart identity cascade"));
        id = new JdbiImportHistory(jdbi).queue("file.csv", ImportFormat.GENERIC, "admin@example.com", T0);
    }

    @Test
    void aFiveMebibyteFileComesBackByteForByteInOneMebibyteChunks() throws IOException {
        byte[] payload = new byte[5 * JdbiImportFileStore.CHUNK_SIZE + 123];
        new Random(42).nextBytes(payload);

        long stored = store.store(id, new ByteArrayInputStream(payload));

        assertThat(stored).isEqualTo(payload.length);
        assertThat(store.has(id)).isTrue();
        assertThat(chunkSizes()).containsExactly(1_048_576, 1_048_576, 1_048_576, 1_048_576, 1_048_576, 123);
        try (InputStream in = store.open(id)) {
            assertThat(in.readAllBytes()).isEqualTo(payload);
        }
    }

    @Test
    void theFileIsReadOneChunkAtATime() throws IOException {
        byte[] payload = new byte[3 * JdbiImportFileStore.CHUNK_SIZE];
        new Random(7).nextBytes(payload);
        store.store(id, new ByteArrayInputStream(payload));

        try (InputStream in = store.open(id)) {
            assertThat(in.available()).isEqualTo(JdbiImportFileStore.CHUNK_SIZE);
            byte[] first = in.readNBytes(10);
            assertThat(first).containsExactly(java.util.Arrays.copyOf(payload, 10));
            assertThat(in.read()).isEqualTo(payload[10] & 0xFF);
            assertThat(in.readAllBytes()).hasSize(payload.length - 11);
        }
    }

    @Test
    void readingFetchesOneChunkPerStatementOnlyWhenTheReaderGetsThere() throws IOException {
        byte[] payload = new byte[3 * JdbiImportFileStore.CHUNK_SIZE + 1];
        store.store(id, new ByteArrayInputStream(payload));
        java.util.List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
        Jdbi counted = Jdbis.create(TestDatabase.shared().dataSource());
        counted.setSqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logBeforeExecution(org.jdbi.v3.core.statement.StatementContext context) {
                statements.add(context.getRenderedSql());
            }
        });

        try (InputStream in = new JdbiImportFileStore(counted).open(id)) {
            assertThat(statements).hasSize(1);
            in.readNBytes(JdbiImportFileStore.CHUNK_SIZE);
            assertThat(statements).hasSize(1);
            in.readNBytes(JdbiImportFileStore.CHUNK_SIZE + 1);
            assertThat(statements).hasSize(3);
            assertThat(in.readAllBytes()).hasSize(JdbiImportFileStore.CHUNK_SIZE);
            assertThat(statements).hasSize(5);
        }
    }

    @Test
    void anEmptyFileIsStoredAndReadsAsEmpty() throws IOException {
        long stored = store.store(id, new ByteArrayInputStream(new byte[0]));

        assertThat(stored).isZero();
        assertThat(store.has(id)).isTrue();
        try (InputStream in = store.open(id)) {
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void storingAgainReplacesTheFile() throws IOException {
        store.store(id, new ByteArrayInputStream(new byte[2 * JdbiImportFileStore.CHUNK_SIZE]));
        store.store(id, new ByteArrayInputStream("short".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(chunkSizes()).containsExactly(5);
        try (InputStream in = store.open(id)) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("short");
        }
    }

    @Test
    void deleteForgetsTheFile() {
        store.store(id, new ByteArrayInputStream(new byte[] {1, 2, 3}));

        store.delete(id);

        assertThat(store.has(id)).isFalse();
        assertThatThrownBy(() -> store.open(id)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aStoreInsideAnOpenTransactionRollsBackWithIt() {
        assertThatThrownBy(() -> new JdbiTransactionRunner(jdbi).inTransaction(() -> {
            store.store(id, new ByteArrayInputStream(new byte[] {1, 2, 3}));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.has(id)).isFalse();
    }

    private java.util.List<Integer> chunkSizes() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select length(data) from import_file_chunks where import_id = :id order by seq")
                .bind("id", id.value()).mapTo(Integer.class).list());
    }
}
