package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trigger-kept counters (V4) always equal count(*), whatever inserts, deletes or truncates the tables. */
class RecordCountsTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();

    @BeforeEach
    void emptyTables() {
        jdbi.useHandle(handle -> handle.execute("truncate contacts, properties, property_contacts restart identity cascade"));
    }

    @Test
    void countsFollowSingleAndBulkInsertsAndDeletes() {
        insertContacts(1);
        insertContacts(1_000);
        jdbi.useHandle(handle -> handle.execute("delete from contacts where id % 3 = 0"));
        jdbi.useHandle(handle -> handle.execute(
                "insert into properties (street, source, created_at, updated_at) select 'Main St ' || g, 'test', now(), now() "
                        + "from generate_series(1, 250) g"));

        assertCountersMatch();
        assertThat(counter(RecordCounts.CONTACTS)).isEqualTo(1_001 - 1_001 / 3);
        assertThat(counter(RecordCounts.PROPERTIES)).isEqualTo(250);
    }

    @Test
    void truncateResetsTheCounters() {
        insertContacts(10);

        jdbi.useHandle(handle -> handle.execute("truncate contacts cascade"));

        assertThat(counter(RecordCounts.CONTACTS)).isZero();
    }

    @Test
    void aRolledBackInsertLeavesTheCounterAsItWas() {
        insertContacts(5);

        try {
            jdbi.useTransaction(handle -> {
                handle.execute("insert into contacts (first_name, source, created_at, updated_at, last_activity_at) "
                        + "values ('Temp', 'test', now(), now(), now())");
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the insert and its counter update are rolled back together
        }

        assertThat(counter(RecordCounts.CONTACTS)).isEqualTo(5);
    }

    @Test
    void concurrentInsertersEachCountExactly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?>[] writers = new Future<?>[4];
            for (int i = 0; i < writers.length; i++) {
                writers[i] = pool.submit(() -> {
                    start.await();
                    for (int batch = 0; batch < 10; batch++) {
                        insertContacts(25);
                    }
                    return null;
                });
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(counter(RecordCounts.CONTACTS)).isEqualTo(4 * 10 * 25);
        assertCountersMatch();
    }

    private void insertContacts(int n) {
        jdbi.useHandle(handle -> handle.createUpdate(
                "insert into contacts (first_name, source, created_at, updated_at, last_activity_at) "
                        + "select 'P' || g, 'test', now(), now(), now() from generate_series(1, :n) g")
                .bind("n", n).execute());
    }

    private long counter(String table) {
        return jdbi.withHandle(handle -> RecordCounts.of(handle, table));
    }

    private void assertCountersMatch() {
        long contacts = jdbi.withHandle(handle -> handle.createQuery("select count(*) from contacts").mapTo(Long.class).one());
        long properties = jdbi.withHandle(handle -> handle.createQuery("select count(*) from properties").mapTo(Long.class).one());
        assertThat(counter(RecordCounts.CONTACTS)).isEqualTo(contacts);
        assertThat(counter(RecordCounts.PROPERTIES)).isEqualTo(properties);
    }
}
