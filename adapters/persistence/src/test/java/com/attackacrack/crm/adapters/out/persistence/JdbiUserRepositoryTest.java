package com.attackacrack.crm.adapters.out.persistence;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Role;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class JdbiUserRepositoryTest extends AbstractUserRepositoryTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();

    @Override
    protected UserRepository repository() {
        emptyAuthTables(jdbi);
        return new JdbiUserRepository(jdbi);
    }

    @Override
    protected TransactionRunner transactionRunner() {
        return new JdbiTransactionRunner(jdbi);
    }

    static void emptyAuthTables(Jdbi jdbi) {
        jdbi.useHandle(handle -> handle.execute("truncate users, invites, sessions restart identity cascade"));
    }

    @Test
    void lockUserAdministrationMakesASecondTransactionWaitUntilTheFirstEnds() throws Exception {
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> events = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = threads.submit(() -> transactions.inTransaction(() -> {
                users.lockUserAdministration();
                firstLocked.countDown();
                awaitOrFail(releaseFirst);
                events.add("first ends");
                return null;
            }));
            assertThat(firstLocked.await(10, SECONDS)).isTrue();
            Future<Object> second = threads.submit(() -> transactions.inTransaction(() -> {
                users.lockUserAdministration();
                events.add("second locked");
                return null;
            }));

            awaitATransactionWaitingForTheLock();
            assertThat(second).isNotDone();
            releaseFirst.countDown();

            first.get(10, SECONDS);
            second.get(10, SECONDS);
            assertThat(events).containsExactly("first ends", "second locked");
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void lockUserAdministrationOutsideATransactionIsRefused() {
        assertThatThrownBy(users::lockUserAdministration)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a transaction");
    }

    @Test
    void aConflictLeavesTheCallersTransactionUsable() {
        transactions.inTransaction(() -> {
            users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));
            assertThatThrownBy(() -> users.create(newUser("ann@example.com", "Ann", "Again", Role.ADMIN)))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT))
                    .hasMessage("A user with email ann@example.com already exists");
            return users.create(newUser("bob@example.com", "Bob", "Baker", Role.MARKETER));
        });

        assertThat(users.count()).isEqualTo(2);
        assertThat(users.findByEmail(new EmailAddress("ann@example.com")).orElseThrow().name().last())
                .isEqualTo("Archer");
    }

    private void awaitATransactionWaitingForTheLock() throws InterruptedException {
        long deadline = System.nanoTime() + SECONDS.toNanos(10);
        while (waitersForTheLock() == 0) {
            assertThat(System.nanoTime()).as("a second transaction waiting for the lock").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private int waitersForTheLock() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select count(*) from pg_locks
                        where locktype = 'advisory' and not granted and objsubid = 1
                          and ((classid::bigint << 32) | objid::bigint) = :key
                        """)
                .bind("key", JdbiUserRepository.USER_ADMINISTRATION_LOCK_KEY)
                .mapTo(Integer.class).one());
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(10, SECONDS)) {
                throw new IllegalStateException("not released within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
