package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiImportConflictRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2025-03-02T09:30:00Z");
    private static final String ADMIN = "admin@example.com";

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiImportConflictRepository conflicts = new JdbiImportConflictRepository(jdbi);

    private long ann;
    private long bob;
    private ImportId first;
    private ImportId second;

    @BeforeEach
    void givenTwoContactsAndTwoImports() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
        jdbi.useHandle(handle -> handle.execute("truncate imports restart identity cascade"));
        ann = contact("Ann", "Lee", "+16175550001", "ann@example.com");
        bob = contact("Bob", null, "+16175550002", "bob@example.com");
        first = importRun("first.csv");
        second = importRun("second.csv");
    }

    @Test
    void theListIsNewestFirstWithImportContactAndValueNow() {
        long older = conflict(first, 2, ann, "email", "ann@example.com", "ann@new.com", T0);
        long newer = conflict(first, 3, bob, "first_name", "Bob", "Robert", T0.plusSeconds(1));
        jdbi.useHandle(handle -> handle.execute("update contacts set email = 'ann@changed.com' where id = " + ann));

        Page<ImportConflict> page = conflicts.list(ConflictFilter.open(), PageRequest.first());

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(ImportConflict::id).containsExactly(newer, older);
        ImportConflict annEmail = page.rows().get(1);
        assertThat(annEmail.fileName()).isEqualTo("first.csv");
        assertThat(annEmail.importId()).isEqualTo(first);
        assertThat(annEmail.line()).isEqualTo(2);
        assertThat(annEmail.contactId()).isEqualTo(new ContactId(ann));
        assertThat(annEmail.contactName()).isEqualTo("Ann Lee");
        assertThat(annEmail.field()).isEqualTo(ConflictField.EMAIL);
        assertThat(annEmail.currentValue()).isEqualTo("ann@example.com");
        assertThat(annEmail.valueNow()).isEqualTo("ann@changed.com");
        assertThat(annEmail.incomingValue()).isEqualTo("ann@new.com");
        assertThat(annEmail.open()).isTrue();
        assertThat(annEmail.createdAt()).isEqualTo(T0);
        assertThat(page.rows().get(0).contactName()).isEqualTo("Bob");
        assertThat(page.rows().get(0).valueNow()).isEqualTo("Bob");
    }

    @Test
    void theListFiltersByImportStatusAndFieldWithTheFilteredTotal() {
        conflict(first, 2, ann, "email", "ann@example.com", "ann@new.com", T0);
        conflict(first, 3, ann, "phone", "+16175550001", "+16175559999", T0);
        long bobName = conflict(first, 4, bob, "first_name", "Bob", "Robert", T0);
        conflict(second, 2, bob, "email", "bob@example.com", "bob@new.com", T0);
        conflicts.resolve(bobName, ConflictStatus.KEPT_CURRENT, null, ADMIN, LATER);

        assertThat(conflicts.list(new ConflictFilter(first, null, null), PageRequest.first()).total()).isEqualTo(3);
        assertThat(conflicts.list(new ConflictFilter(second, null, null), PageRequest.first()).total()).isEqualTo(1);
        assertThat(conflicts.list(ConflictFilter.open(), PageRequest.first()).total()).isEqualTo(3);
        assertThat(conflicts.list(new ConflictFilter(null, ConflictStatus.KEPT_CURRENT, null), PageRequest.first())
                .rows()).extracting(ImportConflict::id).containsExactly(bobName);
        Page<ImportConflict> emails = conflicts.list(new ConflictFilter(null, null, ConflictField.EMAIL),
                new PageRequest(1, 1));
        assertThat(emails.total()).isEqualTo(2);
        assertThat(emails.rows()).hasSize(1);
        assertThat(conflicts.list(new ConflictFilter(first, ConflictStatus.OPEN, ConflictField.EMAIL),
                PageRequest.first()).total()).isEqualTo(1);
        assertThat(conflicts.list(null, PageRequest.first()).total()).isEqualTo(4);
    }

    @Test
    void keepingCurrentRecordsTheContactsValueAndChangesNoContact() {
        long id = conflict(first, 2, ann, "last_name", "Lee", "Leigh", T0);

        assertThat(conflicts.resolve(id, ConflictStatus.KEPT_CURRENT, null, ADMIN, LATER)).isTrue();

        ImportConflict resolved = conflicts.find(id).orElseThrow();
        assertThat(resolved.status()).isEqualTo(ConflictStatus.KEPT_CURRENT);
        assertThat(resolved.resolvedValue()).isEqualTo("Lee");
        assertThat(resolved.resolvedBy()).isEqualTo(ADMIN);
        assertThat(resolved.resolvedAt()).isEqualTo(LATER);
        assertThat(column(ann, "last_name")).isEqualTo("Lee");
        assertThat(updatedAt(ann)).isEqualTo(T0);
    }

    @Test
    void takingIncomingWritesTheValueIntoTheContact() {
        long id = conflict(first, 2, ann, "phone", "+16175550001", "+16175559999", T0);

        assertThat(conflicts.resolve(id, ConflictStatus.TOOK_INCOMING, "+16175559999", ADMIN, LATER)).isTrue();

        ImportConflict resolved = conflicts.find(id).orElseThrow();
        assertThat(resolved.status()).isEqualTo(ConflictStatus.TOOK_INCOMING);
        assertThat(resolved.resolvedValue()).isEqualTo("+16175559999");
        assertThat(resolved.valueNow()).isEqualTo("+16175559999");
        assertThat(resolved.resolvedAt()).isEqualTo(LATER);
        assertThat(column(ann, "phone")).isEqualTo("+16175559999");
        assertThat(updatedAt(ann)).isEqualTo(LATER);
    }

    @Test
    void anEditedValueIsWrittenInsteadOfTheIncomingOne() {
        long id = conflict(first, 2, bob, "first_name", "Bob", "Robert", T0);

        assertThat(conflicts.resolve(id, ConflictStatus.EDITED, "Bobby", ADMIN, LATER)).isTrue();

        assertThat(conflicts.find(id).orElseThrow().status()).isEqualTo(ConflictStatus.EDITED);
        assertThat(conflicts.find(id).orElseThrow().resolvedValue()).isEqualTo("Bobby");
        assertThat(column(bob, "first_name")).isEqualTo("Bobby");
    }

    @Test
    void resolvingTwiceReturnsFalseAndChangesNothingMore() {
        long id = conflict(first, 2, bob, "first_name", "Bob", "Robert", T0);
        assertThat(conflicts.resolve(id, ConflictStatus.TOOK_INCOMING, "Robert", ADMIN, LATER)).isTrue();

        assertThat(conflicts.resolve(id, ConflictStatus.EDITED, "Bobby", "other@example.com", LATER.plusSeconds(9)))
                .isFalse();
        assertThat(conflicts.resolve(id, ConflictStatus.KEPT_CURRENT, null, "other@example.com", LATER)).isFalse();

        ImportConflict resolved = conflicts.find(id).orElseThrow();
        assertThat(resolved.status()).isEqualTo(ConflictStatus.TOOK_INCOMING);
        assertThat(resolved.resolvedBy()).isEqualTo(ADMIN);
        assertThat(column(bob, "first_name")).isEqualTo("Robert");
        assertThat(conflicts.resolve(999_999, ConflictStatus.KEPT_CURRENT, null, ADMIN, LATER)).isFalse();
    }

    @Test
    void takingAnEmailAnotherContactHoldsNamesTheHolderAndChangesNothing() {
        long id = conflict(first, 2, ann, "email", "ann@example.com", "bob@example.com", T0);

        assertThatThrownBy(() -> conflicts.resolve(id, ConflictStatus.TOOK_INCOMING, "bob@example.com", ADMIN, LATER))
                .isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                    assertThat(e.field()).isEqualTo(DuplicateContactException.Field.EMAIL);
                    assertThat(e.existing()).isEqualTo(new ContactId(bob));
                    assertThat(e.getMessage()).contains("bob@example.com");
                });

        assertThat(conflicts.find(id).orElseThrow().open()).isTrue();
        assertThat(conflicts.find(id).orElseThrow().resolvedBy()).isNull();
        assertThat(column(ann, "email")).isEqualTo("ann@example.com");
    }

    @Test
    void aDuplicatePhoneInsideAnOpenTransactionLeavesThatTransactionUsable() {
        long id = conflict(first, 2, ann, "phone", "+16175550001", "+16175550002", T0);
        long name = conflict(first, 3, ann, "first_name", "Ann", "Anne", T0);

        boolean nameTaken = new JdbiTransactionRunner(jdbi).inTransaction(() -> {
            assertThatThrownBy(() -> conflicts.resolve(id, ConflictStatus.TOOK_INCOMING, "+16175550002", ADMIN,
                    LATER)).isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                        assertThat(e.field()).isEqualTo(DuplicateContactException.Field.PHONE);
                        assertThat(e.existing()).isEqualTo(new ContactId(bob));
                        assertThat(e.getMessage()).contains("(617) 555-0002");
                    });
            return conflicts.resolve(name, ConflictStatus.TOOK_INCOMING, "Anne", ADMIN, LATER);
        });

        assertThat(nameTaken).isTrue();
        assertThat(column(ann, "first_name")).isEqualTo("Anne");
        assertThat(column(ann, "phone")).isEqualTo("+16175550001");
        assertThat(conflicts.find(id).orElseThrow().open()).isTrue();
    }

    @Test
    void resolvingAllAsKeptMarksEveryOpenConflictOfTheImportOnly() {
        conflict(first, 2, ann, "email", "ann@example.com", "ann@new.com", T0);
        conflict(first, 3, bob, "first_name", "Bob", "Robert", T0);
        long done = conflict(first, 4, bob, "last_name", "", "Smith", T0);
        conflicts.resolve(done, ConflictStatus.TOOK_INCOMING, "Smith", ADMIN, T0);
        long elsewhere = conflict(second, 2, ann, "last_name", "Lee", "Leigh", T0);

        int resolved = conflicts.resolveAll(first, ConflictStatus.KEPT_CURRENT, ADMIN, LATER);

        assertThat(resolved).isEqualTo(2);
        assertThat(conflicts.list(new ConflictFilter(first, ConflictStatus.KEPT_CURRENT, null), PageRequest.first())
                .rows()).allSatisfy(c -> {
                    assertThat(c.resolvedValue()).isEqualTo(c.valueNow());
                    assertThat(c.resolvedBy()).isEqualTo(ADMIN);
                    assertThat(c.resolvedAt()).isEqualTo(LATER);
                }).hasSize(2);
        assertThat(conflicts.find(done).orElseThrow().status()).isEqualTo(ConflictStatus.TOOK_INCOMING);
        assertThat(conflicts.find(elsewhere).orElseThrow().open()).isTrue();
        assertThat(column(ann, "email")).isEqualTo("ann@example.com");
        assertThat(column(bob, "first_name")).isEqualTo("Bob");
    }

    @Test
    void resolvingAllAsTakenWritesTheHighestLinePerFieldAndSkipsValuesHeldElsewhere() {
        long annFirstOld = conflict(first, 2, ann, "first_name", "Ann", "Annie", T0);
        long annFirstNew = conflict(first, 9, ann, "first_name", "Ann", "Anne", T0);
        long annLast = conflict(first, 5, ann, "last_name", "Lee", "Leigh", T0);
        long annEmail = conflict(first, 6, ann, "email", "ann@example.com", "ann@new.com", T0);
        long bobEmailHeld = conflict(first, 7, bob, "email", "bob@example.com", "ann@example.com", T0);
        long bobPhoneHeld = conflict(first, 8, bob, "phone", "+16175550002", "+16175550001", T0);
        long bobLast = conflict(first, 3, bob, "last_name", "", "Brown", T0);
        long otherImport = conflict(second, 2, bob, "first_name", "Bob", "Robert", T0);

        int resolved = conflicts.resolveAll(first, ConflictStatus.TOOK_INCOMING, ADMIN, LATER);

        assertThat(resolved).isEqualTo(5);
        assertThat(column(ann, "first_name")).isEqualTo("Anne");
        assertThat(column(ann, "last_name")).isEqualTo("Leigh");
        assertThat(column(ann, "email")).isEqualTo("ann@new.com");
        assertThat(column(bob, "last_name")).isEqualTo("Brown");
        assertThat(column(bob, "email")).isEqualTo("bob@example.com");
        assertThat(column(bob, "phone")).isEqualTo("+16175550002");
        assertThat(column(bob, "first_name")).isEqualTo("Bob");
        assertThat(updatedAt(ann)).isEqualTo(LATER);
        Map<Long, ConflictStatus> expected = Map.of(annFirstOld, ConflictStatus.KEPT_CURRENT,
                annFirstNew, ConflictStatus.TOOK_INCOMING, annLast, ConflictStatus.TOOK_INCOMING,
                annEmail, ConflictStatus.TOOK_INCOMING, bobEmailHeld, ConflictStatus.OPEN,
                bobPhoneHeld, ConflictStatus.OPEN, bobLast, ConflictStatus.TOOK_INCOMING,
                otherImport, ConflictStatus.OPEN);
        expected.forEach((id, status) -> assertThat(conflicts.find(id).orElseThrow().status())
                .as("conflict %d", id).isEqualTo(status));
        ImportConflict loser = conflicts.find(annFirstOld).orElseThrow();
        assertThat(loser.resolvedValue()).isEqualTo("Anne");
        assertThat(loser.resolvedBy()).isEqualTo(ADMIN);
        assertThat(conflicts.find(annFirstNew).orElseThrow().resolvedAt()).isEqualTo(LATER);
        assertThat(conflicts.countOpen(null)).isEqualTo(3);
        assertThat(conflicts.countOpen(new ContactId(bob))).isEqualTo(3);
        assertThat(conflicts.countOpen(new ContactId(ann))).isZero();
    }

    @Test
    void resolvingAllAsTakenSkipsTwoContactsClaimingTheSameNewEmail() {
        long annEmail = conflict(first, 2, ann, "email", "ann@example.com", "shared@example.com", T0);
        long bobEmail = conflict(first, 3, bob, "email", "bob@example.com", "shared@example.com", T0);

        assertThat(conflicts.resolveAll(first, ConflictStatus.TOOK_INCOMING, ADMIN, LATER)).isZero();

        assertThat(conflicts.find(annEmail).orElseThrow().open()).isTrue();
        assertThat(conflicts.find(bobEmail).orElseThrow().open()).isTrue();
        assertThat(column(ann, "email")).isEqualTo("ann@example.com");
    }

    @Test
    void aListPageIsTwoStatementsForOneRowAndForFifty() {
        for (int i = 0; i < 50; i++) {
            conflict(first, i + 2, i % 2 == 0 ? ann : bob, "first_name", "X", "Name" + i, T0.plusSeconds(i));
        }
        List<String> statements = new CopyOnWriteArrayList<>();
        Jdbi counted = Jdbis.create(TestDatabase.shared().dataSource());
        counted.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.add(context.getRenderedSql());
            }
        });
        JdbiImportConflictRepository repository = new JdbiImportConflictRepository(counted);

        Page<ImportConflict> one = repository.list(ConflictFilter.open(), new PageRequest(1, 1));
        int forOne = statements.size();
        statements.clear();
        Page<ImportConflict> fifty = repository.list(new ConflictFilter(first, ConflictStatus.OPEN, null),
                new PageRequest(1, 50));

        assertThat(one.rows()).hasSize(1);
        assertThat(fifty.rows()).hasSize(50);
        assertThat(fifty.total()).isEqualTo(50);
        assertThat(forOne).isEqualTo(2);
        assertThat(statements).hasSize(2);
    }

    private long contact(String firstName, String lastName, String phone, String email) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        insert into contacts (first_name, last_name, phone, email, source, created_at, updated_at,
                                              last_activity_at)
                        values (:first, :last, :phone, :email, 'test', :t0, :t0, :t0)
                        returning id
                        """)
                .bind("first", firstName).bind("last", lastName).bind("phone", phone).bind("email", email)
                .bind("t0", T0)
                .mapTo(Long.class).one());
    }

    private ImportId importRun(String fileName) {
        return new ImportId(jdbi.withHandle(handle -> handle.createQuery("""
                        insert into imports (file_name, format, started_by, status, created_at)
                        values (:file, 'generic', 'admin@example.com', 'completed', :t0)
                        returning id
                        """)
                .bind("file", fileName).bind("t0", T0)
                .mapTo(Long.class).one()));
    }

    private long conflict(ImportId importId, long line, long contact, String field, String current, String incoming,
                          Instant createdAt) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        insert into import_conflicts (import_id, line, contact_id, field, current_value,
                                                      incoming_value, created_at)
                        values (:import, :line, :contact, :field, :current, :incoming, :at)
                        returning id
                        """)
                .bind("import", importId.value()).bind("line", line).bind("contact", contact).bind("field", field)
                .bind("current", current).bind("incoming", incoming).bind("at", createdAt)
                .mapTo(Long.class).one());
    }

    private String column(long contact, String column) {
        return jdbi.withHandle(handle -> handle.createQuery("select " + column + " from contacts where id = :id")
                .bind("id", contact).mapTo(String.class).one());
    }

    private Instant updatedAt(long contact) {
        return jdbi.withHandle(handle -> handle.createQuery("select updated_at from contacts where id = :id")
                .bind("id", contact).mapTo(Instant.class).one());
    }
}
