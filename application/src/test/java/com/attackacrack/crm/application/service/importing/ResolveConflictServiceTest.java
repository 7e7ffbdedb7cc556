package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryImportConflictRepository;
import com.attackacrack.crm.application.fakes.InMemoryImportConflictRepository.ResolveCall;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.in.importing.ConflictChoice;
import com.attackacrack.crm.application.port.in.importing.ResolveConflictCommand;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResolveConflictServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final String ADMIN = "ann@example.com";

    private final InMemoryImportConflictRepository conflicts = new InMemoryImportConflictRepository();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final ResolveConflictService service = new ResolveConflictService(conflicts, transactions,
            new SimplePhoneNormaliser(), new MutableClock(NOW));

    @Test
    void keepPassesNoValue() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.EMAIL, "ann@example.com", "ann@work.example.com"));

        service.resolve(new ResolveConflictCommand(1, ConflictChoice.KEEP, "ignored", ADMIN));

        assertThat(conflicts.resolveCalls()).containsExactly(
                new ResolveCall(1, ConflictStatus.KEPT_CURRENT, null, ADMIN, NOW));
        assertThat(conflicts.find(1).orElseThrow().status()).isEqualTo(ConflictStatus.KEPT_CURRENT);
        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void takePassesTheIncomingValue() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.PHONE, "+16175550100", "+16175550199"));

        service.resolve(new ResolveConflictCommand(1, ConflictChoice.TAKE, null, ADMIN));

        assertThat(conflicts.resolveCalls()).containsExactly(
                new ResolveCall(1, ConflictStatus.TOOK_INCOMING, "+16175550199", ADMIN, NOW));
    }

    @Test
    void editNormalisesAnEmail() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.EMAIL, "ann@example.com", "ann@work.example.com"));

        service.resolve(new ResolveConflictCommand(1, ConflictChoice.EDIT, "  Ann.Lee@Example.COM ", ADMIN));

        assertThat(conflicts.resolveCalls()).containsExactly(
                new ResolveCall(1, ConflictStatus.EDITED, "ann.lee@example.com", ADMIN, NOW));
    }

    @Test
    void editRefusesAnInvalidEmail() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.EMAIL, "ann@example.com", "ann@work.example.com"));

        assertThatThrownBy(() -> service.resolve(new ResolveConflictCommand(1, ConflictChoice.EDIT, "not-an-email",
                ADMIN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not a valid email address");
        assertThat(conflicts.resolveCalls()).isEmpty();
    }

    @Test
    void editNormalisesAPhoneThroughTheNormaliser() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.PHONE, "+16175550100", "+16175550199"));

        service.resolve(new ResolveConflictCommand(1, ConflictChoice.EDIT, "(617) 555-0123", ADMIN));

        assertThat(conflicts.resolveCalls()).containsExactly(
                new ResolveCall(1, ConflictStatus.EDITED, "+16175550123", ADMIN, NOW));
    }

    @Test
    void editRefusesAPhoneTheNormaliserRejects() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.PHONE, "+16175550100", "+16175550199"));

        assertThatThrownBy(() -> service.resolve(new ResolveConflictCommand(1, ConflictChoice.EDIT, "555-01", ADMIN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not a US phone number");
        assertThat(conflicts.resolveCalls()).isEmpty();
    }

    @Test
    void editTrimsANameAndAcceptsOneHundredCharacters() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.FIRST_NAME, "Ann", "Anne"));
        String hundred = "A".repeat(100);

        service.resolve(new ResolveConflictCommand(1, ConflictChoice.EDIT, "  " + hundred + " ", ADMIN));

        assertThat(conflicts.resolveCalls()).containsExactly(
                new ResolveCall(1, ConflictStatus.EDITED, hundred, ADMIN, NOW));
    }

    @Test
    void editRefusesANameLongerThanOneHundredCharacters() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.LAST_NAME, "Lee", "Li"));

        assertThatThrownBy(() -> service.resolve(new ResolveConflictCommand(1, ConflictChoice.EDIT, "L".repeat(101),
                ADMIN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Last name must be at most 100 characters");
        assertThat(conflicts.resolveCalls()).isEmpty();
    }

    @Test
    void editRefusesABlankValue() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.FIRST_NAME, "Ann", "Anne"));

        assertThatThrownBy(() -> service.resolve(new ResolveConflictCommand(1, ConflictChoice.EDIT, "   ", ADMIN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("First name is required when you edit the value");
        assertThatThrownBy(() -> service.resolve(new ResolveConflictCommand(1, ConflictChoice.EDIT, null, ADMIN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("required");
        assertThat(conflicts.resolveCalls()).isEmpty();
    }

    @Test
    void aConflictNoLongerOpenIsRefusedAsAlreadyResolved() {
        conflicts.add(ConflictFixtures.resolved(1, ConflictStatus.TOOK_INCOMING, "bob@example.com"));

        assertThatThrownBy(() -> service.resolve(new ResolveConflictCommand(1, ConflictChoice.KEEP, null, ADMIN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("This conflict was already resolved (took incoming by bob@example.com)")
                .extracting(e -> ((BusinessRuleException) e).kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
        assertThat(conflicts.resolveCalls()).isEmpty();
    }

    @Test
    void aConflictResolvedByAnotherAdminMeanwhileIsRefusedAsAlreadyResolved() {
        conflicts.add(ConflictFixtures.open(1, 1, ConflictField.FIRST_NAME, "Ann", "Anne"));
        conflicts.letOtherAdminResolveFirst("bob@example.com");

        assertThatThrownBy(() -> service.resolve(new ResolveConflictCommand(1, ConflictChoice.TAKE, null, ADMIN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("This conflict was already resolved (kept current by bob@example.com)")
                .extracting(e -> ((BusinessRuleException) e).kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
        assertThat(conflicts.find(1).orElseThrow().resolvedBy()).isEqualTo("bob@example.com");
    }

    @Test
    void anUnknownConflictIsNotFound() {
        assertThatThrownBy(() -> service.resolve(new ResolveConflictCommand(404, ConflictChoice.KEEP, null, ADMIN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("404")
                .extracting(e -> ((BusinessRuleException) e).kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND);
    }
}
