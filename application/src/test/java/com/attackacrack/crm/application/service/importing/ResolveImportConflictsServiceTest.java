package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryImportConflictRepository;
import com.attackacrack.crm.application.fakes.InMemoryImportConflictRepository.ResolveAllCall;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.port.in.importing.ConflictChoice;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResolveImportConflictsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final String ADMIN = "ann@example.com";

    private final InMemoryImportConflictRepository conflicts = new InMemoryImportConflictRepository();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final ResolveImportConflictsService service = new ResolveImportConflictsService(conflicts, transactions,
            new MutableClock(NOW));

    @Test
    void keepResolvesEveryOpenConflictOfTheImportAsKeptCurrent() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.FIRST_NAME, "Ann", "Anne"));
        conflicts.add(ConflictFixtures.open(2, 1, ConflictField.LAST_NAME, "Lee", "Li"));
        conflicts.add(ConflictFixtures.open(3, 2, ConflictField.LAST_NAME, "Ray", "Rae"));

        int resolved = service.resolveAll(new ImportId(1), ConflictChoice.KEEP, ADMIN);

        assertThat(resolved).isEqualTo(2);
        assertThat(conflicts.resolveAllCalls()).containsExactly(
                new ResolveAllCall(new ImportId(1), ConflictStatus.KEPT_CURRENT, ADMIN, NOW));
        assertThat(conflicts.countOpen(null)).isEqualTo(1);
        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void takeDelegatesAsTookIncomingAndReturnsTheCount() {
        conflicts.add(ConflictFixtures.open(1, 3, ConflictField.EMAIL, "a@example.com", "b@example.com"));

        int resolved = service.resolveAll(new ImportId(3), ConflictChoice.TAKE, ADMIN);

        assertThat(resolved).isEqualTo(1);
        assertThat(conflicts.resolveAllCalls()).containsExactly(
                new ResolveAllCall(new ImportId(3), ConflictStatus.TOOK_INCOMING, ADMIN, NOW));
        assertThat(conflicts.find(1).orElseThrow().resolvedValue()).isEqualTo("b@example.com");
    }

    @Test
    void anImportWithoutOpenConflictsResolvesNone() {
        assertThat(service.resolveAll(new ImportId(9), ConflictChoice.TAKE, ADMIN)).isZero();
    }

    @Test
    void editIsRefused() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.FIRST_NAME, "Ann", "Anne"));

        assertThatThrownBy(() -> service.resolveAll(new ImportId(1), ConflictChoice.EDIT, ADMIN))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not edited");
        assertThat(conflicts.resolveAllCalls()).isEmpty();
        assertThat(conflicts.countOpen(null)).isEqualTo(1);
    }
}
