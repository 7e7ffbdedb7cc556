package com.attackacrack.crm.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.FakeProviderHistory;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryConversationRepository;
import com.attackacrack.crm.application.fakes.InMemoryKnownConversations;
import com.attackacrack.crm.application.fakes.InMemoryCampaignRepository;
import com.attackacrack.crm.application.fakes.InMemoryCampaignSending;
import com.attackacrack.crm.application.fakes.InMemoryProviderContactLinks;
import com.attackacrack.crm.application.fakes.InMemorySuppressionRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.in.conversation.ReconcileReport;
import com.attackacrack.crm.application.port.out.KnownConversation;
import com.attackacrack.crm.application.port.out.ProviderHistoryException;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconcileConversationsServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");
    private static final PhoneNumber ANN = new PhoneNumber("+16175550123");
    private static final PhoneNumber BOB = new PhoneNumber("+16175550124");
    private static final PhoneNumber CY = new PhoneNumber("+16175550125");
    private static final String BUSINESS = "+16175550100";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryConversationRepository conversations = new InMemoryConversationRepository(contacts);
    private final InMemorySuppressionRepository suppressions = new InMemorySuppressionRepository(contacts);
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final FakeProviderHistory history = new FakeProviderHistory();
    private final InMemoryKnownConversations known = new InMemoryKnownConversations();
    private final ReconcileConversationsService service = new ReconcileConversationsService(known, history, contacts,
            conversations, suppressions, new InMemoryProviderContactLinks(), new SimplePhoneNormaliser(), transactions,
            clock, Set.of(new PhoneNumber(BUSINESS)), new InMemoryCampaignSending(new InMemoryCampaignRepository()));

    @Test
    void addsTheTextsAndCallsWebhooksMissedAndCountsTheOnesAlreadyKnown() {
        Contact ann = givenConversation("Ann", ANN);
        ProviderMessage seen = inbound("AC1", ANN, "Is Friday ok?", NOW.minusSeconds(3_600));
        conversations.recordMessage(ann.id(), seen, NOW.minusSeconds(3_600));
        history.message(ANN, seen)
                .message(ANN, outbound("AC2", ANN, "Friday works", NOW.minusSeconds(3_000)))
                .call(ANN, call("CA1", ANN, NOW.minusSeconds(2_000)));

        ReconcileReport report = service.reconcile(Duration.ofHours(48), 1_000);

        assertThat(report).isEqualTo(new ReconcileReport(1, 1, 1, 1, List.of(), null));
        assertThat(conversations.messages()).extracting(m -> m.providerId()).containsExactly("AC1", "AC2");
        assertThat(conversations.calls()).singleElement().satisfies(c -> assertThat(c.contact()).isEqualTo(ann.id()));
        assertThat(history.questions()).extracting(q -> q.since()).containsOnly(NOW.minus(Duration.ofHours(48)));
        assertThat(known.limits()).containsExactly(1_000);
        assertThat(transactions.units()).as("one transaction per text or call").isEqualTo(3);
    }

    @Test
    void aSecondRunAddsNothing() {
        givenConversation("Ann", ANN);
        history.message(ANN, inbound("AC1", ANN, "Hi", NOW.minusSeconds(60))).call(ANN, call("CA1", ANN, NOW.minusSeconds(30)));
        service.reconcile(Duration.ofHours(1), 10);

        ReconcileReport again = service.reconcile(Duration.ofHours(1), 10);

        assertThat(again).isEqualTo(new ReconcileReport(1, 0, 0, 2, List.of(), null));
        assertThat(conversations.messages()).hasSize(1);
        assertThat(conversations.calls()).hasSize(1);
    }

    @Test
    void aStopTheWebhooksMissedIsHonouredOnceAndAStartAfterItInTimeOrder() {
        Contact ann = givenConversation("Ann", ANN);
        Contact bob = givenConversation("Bob", BOB);
        history.message(ANN, inbound("AC1", ANN, "STOP", NOW.minusSeconds(600)));
        history.message(BOB, inbound("AC3", BOB, "start", NOW.minusSeconds(100)))
                .message(BOB, inbound("AC2", BOB, "Stop", NOW.minusSeconds(200)));

        service.reconcile(Duration.ofHours(48), 100);
        service.reconcile(Duration.ofHours(48), 100);

        assertThat(contacts.findById(ann.id()).orElseThrow().optedOut()).isPresent();
        assertThat(contacts.findById(bob.id()).orElseThrow().optedOut()).as("STOP then START").isEmpty();
        assertThat(suppressions.changes()).extracting(c -> c.change())
                .containsExactly(OptOutKeyword.OPT_OUT, OptOutKeyword.OPT_OUT, OptOutKeyword.OPT_IN);
    }

    @Test
    void aConversationThatFailsIsReportedAndTheNextOneIsStillChecked() {
        givenConversation("Ann", ANN);
        givenConversation("Bob", BOB);
        history.failFor(ANN, ProviderHistoryException.failed("OpenPhone answered 503 (after 4 attempts)"))
                .message(BOB, inbound("AC9", BOB, "Hello", NOW.minusSeconds(60)));

        ReconcileReport report = service.reconcile(Duration.ofHours(48), 100);

        assertThat(report.conversationsChecked()).isEqualTo(2);
        assertThat(report.messagesCreated()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.phone()).isEqualTo(ANN);
            assertThat(f.error()).contains("503");
        });
        assertThat(report.stopped()).isFalse();
    }

    @Test
    void aRefusedApiKeyStopsTheRunWithWhatWasDoneSoFar() {
        givenConversation("Ann", ANN);
        givenConversation("Bob", BOB);
        givenConversation("Cy", CY);
        history.message(ANN, inbound("AC1", ANN, "Hi", NOW.minusSeconds(60)))
                .failFor(BOB, ProviderHistoryException.fatal("OpenPhone refused the API key (401)"));

        ReconcileReport report = service.reconcile(Duration.ofHours(48), 100);

        assertThat(report.stopped()).isTrue();
        assertThat(report.stoppedBy()).contains("401");
        assertThat(report.conversationsChecked()).isEqualTo(1);
        assertThat(report.messagesCreated()).isEqualTo(1);
        assertThat(history.questions()).extracting(q -> q.participant()).doesNotContain(CY);
    }

    @Test
    void aTextThatCannotBeAppliedIsAFailureAndTheRestOfTheConversationIsStillApplied() {
        givenConversation("Ann", ANN);
        history.message(ANN, new ProviderMessage("AC1", MessageDirection.INBOUND, "shortcode", List.of(BUSINESS), "Hi",
                        List.of(), MessageStatus.RECEIVED, null, null, NOW.minusSeconds(120)))
                .message(ANN, inbound("AC2", ANN, "Hello", NOW.minusSeconds(60)));

        ReconcileReport report = service.reconcile(Duration.ofHours(48), 100);

        assertThat(report.messagesCreated()).isEqualTo(1);
        assertThat(report.conversationsChecked()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.error()).startsWith("text AC1: "));
    }

    @Test
    void onlyTheLimitOfConversationsIsChecked() {
        givenConversation("Ann", ANN);
        givenConversation("Bob", BOB);

        ReconcileReport report = service.reconcile(Duration.ofMinutes(5), 1);

        assertThat(report.conversationsChecked()).isEqualTo(1);
        assertThat(history.questions()).extracting(q -> q.participant()).containsOnly(ANN);
    }

    @Test
    void refusesANonPositiveWindowOrAnOutOfRangeLimit() {
        assertThatThrownBy(() -> service.reconcile(Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.reconcile(Duration.ofHours(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.reconcile(Duration.ofHours(1), 100_001))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Contact givenConversation(String name, PhoneNumber phone) {
        Contact contact = contacts.create(new ContactDetails(name, null, phone, null, null, null, null), "import",
                NOW.minusSeconds(86_400 * 30L));
        known.add(new KnownConversation(contact.id(), phone));
        return contact;
    }

    private static ProviderMessage inbound(String id, PhoneNumber from, String text, Instant at) {
        return new ProviderMessage(id, MessageDirection.INBOUND, from.e164(), List.of(BUSINESS), text, List.of(),
                MessageStatus.RECEIVED, null, null, at);
    }

    private static ProviderMessage outbound(String id, PhoneNumber to, String text, Instant at) {
        return new ProviderMessage(id, MessageDirection.OUTBOUND, BUSINESS, List.of(to.e164()), text, List.of(),
                MessageStatus.DELIVERED, null, null, at);
    }

    private static ProviderCall call(String id, PhoneNumber caller, Instant at) {
        return new ProviderCall(id, MessageDirection.INBOUND, CallStatus.COMPLETED, List.of(caller.e164(), BUSINESS), at,
                at.plusSeconds(5), "US1", at.plusSeconds(65), 60, null, null);
    }
}
