package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.AbstractHeartbeatRepositoryTest.givenBeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiTransactionRunnerTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiTransactionRunner runner = new JdbiTransactionRunner(jdbi);
    private final JdbiHeartbeatRepository repository = new JdbiHeartbeatRepository(jdbi);

    @BeforeEach
    void givenNoHeartbeats() {
        jdbi.useHandle(handle -> handle.execute("delete from process_heartbeats"));
    }

    @Test
    void commitsTheWorkAndReturnsItsResult() {
        String result = runner.inTransaction(() -> {
            repository.record(givenBeat("worker-1", ProcessRole.WORKER, 0));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(committedProcessIds()).containsExactly("worker-1");
    }

    @Test
    void rollsBackARepositoryWriteAndRethrowsTheSameException() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> runner.inTransaction(failingAfter(() -> {
            repository.record(givenBeat("worker-1", ProcessRole.WORKER, 0));
            assertThat(repository.all()).hasSize(1);
        }, failure))).isSameAs(failure);

        assertThat(committedProcessIds()).isEmpty();
    }

    @Test
    void nestedUnitsJoinTheOuterTransaction() {
        IllegalStateException failure = new IllegalStateException("outer fails after the inner unit returned");

        assertThatThrownBy(() -> runner.inTransaction(failingAfter(() -> {
            repository.record(givenBeat("worker-1", ProcessRole.WORKER, 0));
            runner.inTransaction(() -> repository.record(givenBeat("serve-1", ProcessRole.SERVE, 0)));
        }, failure))).isSameAs(failure);

        assertThat(committedProcessIds()).isEmpty();
    }

    @Test
    void uncommittedWorkIsInvisibleToOtherConnections() {
        Integer seenElsewhere = runner.inTransaction(() -> {
            repository.record(givenBeat("worker-1", ProcessRole.WORKER, 0));
            return Jdbi.create(TestDatabase.shared().dataSource()).withHandle(other ->
                    other.createQuery("select count(*) from process_heartbeats").mapTo(Integer.class).one());
        });

        assertThat(seenElsewhere).isZero();
    }

    private static Supplier<Object> failingAfter(Runnable work, RuntimeException failure) {
        return () -> {
            work.run();
            throw failure;
        };
    }

    private List<String> committedProcessIds() {
        return jdbi.withHandle(handle -> handle.createQuery("select process_id from process_heartbeats order by 1")
                .mapTo(String.class).list());
    }
}
