package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.contact.ContactFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kept counts (V5: contacts.property_count and contact_counts) always equal what counting the tables gives,
 * whatever inserts, updates, deletes, link changes, cascades or truncates do, and answer covered filters exactly.
 */
class ContactFilterCountsTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();

    @BeforeEach
    void emptyTables() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
    }

    @Test
    void countsFollowInsertsUpdatesDeletesAndLinks() {
        insertContacts(300);
        insertProperties(40);
        execute("insert into property_contacts (property_id, contact_id, relationship, created_at) "
                + "select p.id, c.id, 'primary_owner', now() from properties p join contacts c on c.id = p.id * 3");
        execute("insert into property_contacts (property_id, contact_id, relationship, created_at) "
                + "select p.id, c.id, 'tenant', now() from properties p join contacts c on c.id = p.id * 3 + 1 "
                + "where p.id % 2 = 0");
        assertKeptCountsMatch();

        execute("update contacts set email = null where id % 5 = 0");
        execute("update contacts set lead_source = 'REFERRAL' where id % 7 = 0");
        execute("update contacts set opted_out_at = now(), opt_out_reason = 'STOP' where id % 11 = 0");
        execute("update contacts set customer_since = current_date where id % 13 = 0");
        execute("update contacts set notes = 'touched'");
        assertKeptCountsMatch();

        execute("delete from property_contacts where relationship = 'tenant'");
        execute("delete from properties where id % 4 = 0");
        execute("delete from contacts where id % 9 = 0");
        assertKeptCountsMatch();
    }

    @Test
    void truncatingLinksOrContactsResetsTheCounts() {
        insertContacts(20);
        insertProperties(5);
        execute("insert into property_contacts (property_id, contact_id, relationship, created_at) "
                + "select id, id, 'primary_owner', now() from properties");

        execute("truncate property_contacts");
        assertKeptCountsMatch();

        execute("truncate contacts cascade");
        assertKeptCountsMatch();
        assertThat(count("select count(*) from contact_counts where n <> 0")).isZero();
    }

    @Test
    void concurrentWritersKeepTheCountsExact() throws Exception {
        insertContacts(200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?>[] writers = new Future<?>[4];
            for (int i = 0; i < writers.length; i++) {
                int writer = i;
                writers[i] = pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 10; round++) {
                        insertContacts(10);
                        execute("update contacts set lead_source = 'Door hanger' where id % 4 = " + writer);
                        // Each writer updates its own rows: they meet only on the kept counts.
                        execute("update contacts set email = null where id % 4 = " + writer + " and id % 17 = " + round);
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
        assertKeptCountsMatch();
    }

    @Test
    void coveredFiltersAreAnsweredExactlyAndSearchesAreNotCovered() {
        insertContacts(120);
        execute("update contacts set lead_source = 'Referral' where id % 3 = 0");
        execute("update contacts set customer_since = current_date where id % 4 = 0");
        ContactFilter referralCustomersWithEmail = new ContactFilter(null, null, true, null, null, "referral", true,
                null, null);

        long kept = jdbi.withHandle(handle -> ContactFilterCounts.count(handle, referralCustomersWithEmail));

        assertThat(kept).isEqualTo(count("select count(*) from contacts where lower(lead_source) = 'referral' "
                + "and customer_since is not null and email is not null"));
        assertThat(ContactFilterCounts.covers(new ContactFilter("ann", null, null, null, null, null, null, null, null)))
                .isFalse();
        ContactFilter dated = new ContactFilter(null, null, null, null, null, null, null, LocalDate.of(2025, 1, 1), null);
        assertThat(ContactFilterCounts.covers(dated)).isFalse();
        assertThatThrownBy(() -> jdbi.withHandle(handle -> ContactFilterCounts.count(handle, dated)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertKeptCountsMatch() {
        List<String> counted = jdbi.withHandle(handle -> handle.createQuery("""
                select key || '=' || count(*)
                from (select coalesce(lower(lead_source), '') || '/' || (email is not null) || '/' || (property_count > 0)
                             || '/' || (opted_out_at is not null) || '/' || (customer_since is not null) as key
                      from contacts) c
                group by key order by 1
                """).mapTo(String.class).list());
        List<String> kept = jdbi.withHandle(handle -> handle.createQuery("""
                select lead_source || '/' || has_email || '/' || has_property || '/' || opted_out || '/' || customer
                       || '=' || n
                from contact_counts where n <> 0 order by 1
                """).mapTo(String.class).list());
        assertThat(kept).isEqualTo(counted);
        long wrongPropertyCounts = count("""
                select count(*) from contacts c
                where c.property_count <> (select count(*) from property_contacts pc where pc.contact_id = c.id)
                """);
        assertThat(wrongPropertyCounts).isZero();
    }

    private void insertContacts(int n) {
        execute("insert into contacts (first_name, email, lead_source, source, created_at, updated_at, last_activity_at) "
                + "select 'P' || g, 'p' || g || '-' || gen_random_uuid() || '@example.com', "
                + "case when g % 2 = 0 then 'Website' end, 'test', now(), now(), now() from generate_series(1, " + n + ") g");
    }

    private void insertProperties(int n) {
        execute("insert into properties (street, source, created_at, updated_at) "
                + "select g || ' Main St', 'test', now(), now() from generate_series(1, " + n + ") g");
    }

    private void execute(String sql) {
        jdbi.useHandle(handle -> handle.execute(sql));
    }

    private long count(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
