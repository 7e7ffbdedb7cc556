package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.application.port.out.UserRepository.NewUser;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link UserRepository} must show; subclasses supply an empty repository. */
abstract class AbstractUserRepositoryTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");

    private static final int RACE_ROUNDS = 10;

    protected UserRepository users;
    protected TransactionRunner transactions;

    /** An empty repository for one test. */
    protected abstract UserRepository repository();

    /** Transactions the repository joins. */
    protected abstract TransactionRunner transactionRunner();

    @BeforeEach
    void givenAnEmptyRepository() {
        users = repository();
        transactions = transactionRunner();
    }

    @Test
    void createdUserIsActiveAndFoundByIdAndByEmail() {
        User created = users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));

        assertThat(created).extracting(User::email, User::name, User::passwordHash, User::role, User::active,
                        User::createdAt, User::lastLoginAt)
                .containsExactly(new EmailAddress("ann@example.com"), new PersonName("Ann", "Archer"), "hash-ann",
                        Role.ADMIN, true, T0, null);
        assertThat(users.findById(created.id())).contains(created);
        assertThat(users.findByEmail(new EmailAddress("ann@example.com"))).contains(created);
    }

    @Test
    void eachUserGetsItsOwnId() {
        User ann = users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));
        User bob = users.create(newUser("bob@example.com", "Bob", "Baker", Role.MARKETER));

        assertThat(ann.id()).isNotEqualTo(bob.id());
        assertThat(users.findById(bob.id())).contains(bob);
    }

    @Test
    void unknownIdAndEmailFindNothing() {
        users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));

        assertThat(users.findById(new UserId(987_654))).isEmpty();
        assertThat(users.findByEmail(new EmailAddress("nobody@example.com"))).isEmpty();
    }

    @Test
    void aTakenEmailIsAConflictNamingTheEmail() {
        users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));

        assertThatThrownBy(() -> users.create(newUser("ann@example.com", "Other", "Person", Role.MARKETER)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT))
                .hasMessageContaining("ann@example.com");
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void emailsDifferingOnlyInCaseAreTheSameEmail() {
        User ann = users.create(newUser(EmailAddress.parse("  Ann@Example.COM "), "Ann", "Archer", Role.ADMIN));

        assertThat(ann.email().value()).isEqualTo("ann@example.com");
        assertThat(users.findByEmail(EmailAddress.parse("ANN@example.com"))).contains(ann);
        assertThatThrownBy(() -> users.create(newUser(EmailAddress.parse("aNN@EXAMPLE.com"), "A", "B", Role.ADMIN)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT));
    }

    @Test
    void ofTwoConcurrentCreatesOfOneEmailOneWinsAndTheOtherIsAConflict() throws InterruptedException {
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String email = "racer" + round + "@example.com";

            List<TwoAtOnce.Outcome<User>> outcomes = TwoAtOnce.run(
                    () -> users.create(newUser(email, "Race", "Runner", Role.MARKETER)));

            assertThat(outcomes).filteredOn(outcome -> outcome.result() != null).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> outcome.failure() != null).singleElement()
                    .satisfies(outcome -> assertThat(outcome.failure()).isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT)));
        }
        assertThat(users.count()).isEqualTo(RACE_ROUNDS);
    }

    @Test
    void allListsActiveUsersFirstThenByLastNameThenFirstName() {
        User zoeAdams = users.create(newUser("zoe@example.com", "Zoe", "Adams", Role.MARKETER));
        User amyBrown = users.create(newUser("amy@example.com", "Amy", "Brown", Role.ADMIN));
        User bobAdams = users.create(newUser("bob@example.com", "Bob", "Adams", Role.MARKETER));
        User inactive = users.create(newUser("al@example.com", "Al", "Aaron", Role.MARKETER)).withActive(false);
        users.update(inactive);

        assertThat(users.all()).containsExactly(bobAdams, zoeAdams, amyBrown, inactive);
    }

    @Test
    void countsEveryUserAndOnlyActiveAdminsAsActiveAdmins() {
        users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));
        users.create(newUser("bob@example.com", "Bob", "Baker", Role.MARKETER));
        users.update(users.create(newUser("cat@example.com", "Cat", "Cole", Role.ADMIN)).withActive(false));
        users.create(newUser("dan@example.com", "Dan", "Dale", Role.ADMIN));

        assertThat(users.count()).isEqualTo(4);
        assertThat(users.countActiveAdmins()).isEqualTo(2);
    }

    @Test
    void updateSavesNamePasswordHashRoleAndActiveFlag() {
        User ann = users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));
        users.recordLogin(ann.id(), T0.plusSeconds(60));
        User changed = users.findById(ann.id()).orElseThrow()
                .withName(new PersonName("Anne", "Archer-Smith"))
                .withPasswordHash("hash-new")
                .withRole(Role.MARKETER)
                .withActive(false);

        users.update(changed);

        assertThat(users.findById(ann.id())).contains(changed);
        assertThat(changed.email()).isEqualTo(ann.email());
        assertThat(changed.createdAt()).isEqualTo(T0);
    }

    @Test
    void recordLoginKeepsTheTimeOfTheLatestSignIn() {
        User ann = users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));
        User bob = users.create(newUser("bob@example.com", "Bob", "Baker", Role.MARKETER));

        users.recordLogin(ann.id(), T0.plusSeconds(60));
        users.recordLogin(ann.id(), T0.plusSeconds(120));

        assertThat(users.findById(ann.id()).orElseThrow().lastLogin()).contains(T0.plusSeconds(120));
        assertThat(users.findById(bob.id()).orElseThrow().lastLogin()).isEmpty();
    }

    @Test
    void lockUserAdministrationLetsItsOwnTransactionCarryOnAndMayBeTakenTwice() {
        User ann = users.create(newUser("ann@example.com", "Ann", "Archer", Role.ADMIN));

        long admins = transactions.inTransaction(() -> {
            users.lockUserAdministration();
            users.lockUserAdministration();
            users.update(ann.withRole(Role.MARKETER));
            return users.countActiveAdmins();
        });

        assertThat(admins).isZero();
        assertThat(users.findById(ann.id()).orElseThrow().role()).isEqualTo(Role.MARKETER);
    }

    static NewUser newUser(String email, String first, String last, Role role) {
        return newUser(new EmailAddress(email), first, last, role);
    }

    static NewUser newUser(EmailAddress email, String first, String last, Role role) {
        return new NewUser(email, new PersonName(first, last), "hash-" + email.localPart(), role, T0);
    }
}
