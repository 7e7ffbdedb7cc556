package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiSuppressionRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");
    private static final PhoneNumber ANN_PHONE = new PhoneNumber("+16175550123");

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiSuppressionRepository suppressions = new JdbiSuppressionRepository(jdbi);
    private final JdbiContactRepository contacts = new JdbiContactRepository(jdbi);

    @BeforeEach
    void givenNoContactsOrSuppressions() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
        jdbi.useHandle(handle -> handle.execute("truncate suppressions, opt_out_changes"));
    }

    @Test
    void aStopPutsTheNumberOnTheListAndOptsTheContactOut() {
        ContactId ann = givenAnn();

        boolean applied = suppressions.apply(optOut("AC1", T0), ann);

        assertThat(applied).isTrue();
        assertThat(suppressions.suppression(ANN_PHONE)).contains(optOut("AC1", T0));
        assertThat(suppressions.count()).isEqualTo(1);
        assertThat(optedOut(ann)).contains(new OptOut("Texted STOP", T0));
        assertThat(suppressions.history(ANN_PHONE)).containsExactly(optOut("AC1", T0));
    }

    @Test
    void aReplayedStopChangesNothing() {
        ContactId ann = givenAnn();
        suppressions.apply(optOut("AC1", T0), ann);

        boolean again = suppressions.apply(optOut("AC1", T0.plusSeconds(5)), ann);

        assertThat(again).isFalse();
        assertThat(suppressions.history(ANN_PHONE)).hasSize(1);
        assertThat(suppressions.count()).isEqualTo(1);
    }

    @Test
    void aSecondStopIsAuditedButTheListKeepsTheFirst() {
        ContactId ann = givenAnn();
        suppressions.apply(optOut("AC1", T0), ann);

        boolean second = suppressions.apply(optOut("AC2", T0.plusSeconds(60)), ann);

        assertThat(second).isTrue();
        assertThat(suppressions.suppression(ANN_PHONE)).contains(optOut("AC1", T0));
        assertThat(suppressions.history(ANN_PHONE)).extracting(OptOutChange::messageProviderId)
                .containsExactly("AC2", "AC1");
        assertThat(optedOut(ann)).contains(new OptOut("Texted STOP", T0));
    }

    @Test
    void aStartTakesTheNumberOffTheListAndClearsTheKeywordOptOut() {
        ContactId ann = givenAnn();
        suppressions.apply(optOut("AC1", T0), ann);

        boolean applied = suppressions.apply(optIn("AC2", T0.plusSeconds(60)), ann);

        assertThat(applied).isTrue();
        assertThat(suppressions.suppression(ANN_PHONE)).isEmpty();
        assertThat(suppressions.count()).isZero();
        assertThat(optedOut(ann)).isEmpty();
        assertThat(suppressions.history(ANN_PHONE)).extracting(OptOutChange::change)
                .containsExactly(OptOutKeyword.OPT_IN, OptOutKeyword.OPT_OUT);
    }

    @Test
    void aStartKeepsAnOptOutMadeByHand() {
        ContactId ann = givenAnn();
        jdbi.useHandle(handle -> handle.createUpdate(
                        "update contacts set opted_out_at = :t, opt_out_reason = 'Asked on the phone' where id = :id")
                .bind("t", T0).bind("id", ann.value()).execute());
        suppressions.apply(optOut("AC1", T0.plusSeconds(10)), ann);

        suppressions.apply(optIn("AC2", T0.plusSeconds(60)), ann);

        assertThat(optedOut(ann)).contains(new OptOut("Asked on the phone", T0));
        assertThat(suppressions.suppression(ANN_PHONE)).isEmpty();
    }

    @Test
    void aNumberWithoutAContactIsSuppressedToo() {
        boolean applied = suppressions.apply(optOut("AC1", T0), null);

        assertThat(applied).isTrue();
        assertThat(suppressions.suppression(ANN_PHONE)).isPresent();
    }

    @Test
    void changesMadeByHandHaveNoMessageAndAreNeverTakenForReplays() {
        OptOutChange byHand = new OptOutChange(ANN_PHONE, OptOutKeyword.OPT_OUT, "by hand", null, null, T0);

        assertThat(suppressions.apply(byHand, null)).isTrue();
        assertThat(suppressions.apply(byHand, null)).isTrue();
        assertThat(suppressions.history(ANN_PHONE)).hasSize(2);
        assertThat(suppressions.count()).isEqualTo(1);
    }

    private ContactId givenAnn() {
        return contacts.create(new ContactDetails("Ann", "Archer", ANN_PHONE, null, null, null, null), "manual", T0)
                .id();
    }

    private Optional<OptOut> optedOut(ContactId id) {
        return contacts.findById(id).flatMap(Contact::optedOut);
    }

    private static OptOutChange optOut(String messageId, Instant at) {
        return new OptOutChange(ANN_PHONE, OptOutKeyword.OPT_OUT, "STOP", messageId, "Stop", at);
    }

    private static OptOutChange optIn(String messageId, Instant at) {
        return new OptOutChange(ANN_PHONE, OptOutKeyword.OPT_IN, "START", messageId, "start", at);
    }
}
