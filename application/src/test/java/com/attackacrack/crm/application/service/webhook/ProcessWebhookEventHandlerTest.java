package com.attackacrack.crm.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryCampaignRepository;
import com.attackacrack.crm.application.fakes.InMemoryCampaignSending;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryConversationRepository;
import com.attackacrack.crm.application.fakes.InMemoryProviderContactLinks;
import com.attackacrack.crm.application.fakes.InMemorySuppressionRepository;
import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.ScriptedProviderEventParser;
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.CallArtifactKind;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderContact;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.attackacrack.crm.domain.webhook.ProviderEvent;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent.Status;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessWebhookEventHandlerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");
    private static final String CALLER = "+16175550123";
    private static final String BUSINESS = "+16175550100";
    private static final int MAX_ATTEMPTS = 3;

    private final MutableClock clock = new MutableClock(T0.plusSeconds(5));
    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final ScriptedProviderEventParser parser = new ScriptedProviderEventParser();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryConversationRepository conversations = new InMemoryConversationRepository(contacts);
    private final InMemorySuppressionRepository suppressions = new InMemorySuppressionRepository(contacts);
    private final InMemoryProviderContactLinks links = new InMemoryProviderContactLinks();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private ProcessWebhookEventHandler handler = handler(Set.of());

    @Test
    void handlesWebhookProcessJobs() {
        assertThat(handler.jobType()).isEqualTo("webhook.process");
    }

    @Test
    void aTextFromAnUnknownNumberCreatesAnUnknownCallerAndRecordsTheText() {
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", "(617) 555-0123", "Hi there")));

        handler.handle(job(id, 1));

        Contact caller = contacts.findByPhone(new PhoneNumber(CALLER)).orElseThrow();
        assertThat(caller.details().firstName()).isEqualTo("Unknown caller");
        assertThat(caller.details().lastName()).isNull();
        assertThat(caller.source()).isEqualTo("openphone");
        assertThat(conversations.messages()).singleElement().satisfies(m -> {
            assertThat(m.contact()).isEqualTo(caller.id());
            assertThat(m.body()).isEqualTo("Hi there");
        });
        assertThat(events.find(id).orElseThrow().status()).isEqualTo(Status.PROCESSED);
    }

    @Test
    void aTextFromAKnownNumberIsRecordedAgainstThatContact() {
        Contact jane = givenContact("Jane", "Doe", CALLER);
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "Hello")));

        handler.handle(job(id, 1));

        assertThat(contacts.findByPhone(new PhoneNumber(CALLER))).contains(jane);
        assertThat(conversations.messages()).singleElement().extracting(m -> m.contact()).isEqualTo(jane.id());
    }

    @Test
    void processingTheSameEventTwiceRecordsItOnce() {
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "STOP")));
        handler.handle(job(id, 1));

        handler.handle(job(id, 1));

        assertThat(conversations.messages()).hasSize(1);
        assertThat(suppressions.changes()).hasSize(1);
        assertThat(parser.parses()).isEqualTo(1);
        assertThat(events.find(id).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void theSameTextInTwoDeliveriesIsRecordedOnceAndOptsOutOnce() {
        ProviderMessage stop = inbound("AC1", CALLER, "STOP");
        long first = givenEvent("EV1", new ProviderEvent.MessageEvent(stop));
        long second = givenEvent("EV2", new ProviderEvent.MessageEvent(stop));

        handler.handle(job(first, 1));
        handler.handle(job(second, 1));

        assertThat(conversations.messages()).hasSize(1);
        assertThat(suppressions.changes()).hasSize(1);
        assertThat(events.find(second).orElseThrow().status()).isEqualTo(Status.PROCESSED);
    }

    @Test
    void stopPutsTheNumberOnTheListAndOptsTheContactOut() {
        Contact jane = givenContact("Jane", "Doe", CALLER);
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, " stop! ")));

        handler.handle(job(id, 1));

        OptOutChange change = suppressions.suppression(new PhoneNumber(CALLER)).orElseThrow();
        assertThat(change).isEqualTo(new OptOutChange(new PhoneNumber(CALLER), OptOutKeyword.OPT_OUT, "STOP", "AC1",
                " stop! ", T0));
        assertThat(contacts.findById(jane.id()).orElseThrow().optedOut()).isPresent();
    }

    @Test
    void startTakesTheNumberOffTheList() {
        Contact jane = givenContact("Jane", "Doe", CALLER);
        handler.handle(job(givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "STOP"))), 1));

        handler.handle(job(givenEvent("EV2", new ProviderEvent.MessageEvent(inbound("AC2", CALLER, "Start"))), 1));

        assertThat(suppressions.suppression(new PhoneNumber(CALLER))).isEmpty();
        assertThat(suppressions.changes()).extracting(OptOutChange::keyword).containsExactly("STOP", "START");
        assertThat(contacts.findById(jane.id()).orElseThrow().optedOut()).isEmpty();
    }

    @Test
    void aSentenceWithStopInItIsAnOrdinaryMessage() {
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "Can you stop by Friday?")));

        handler.handle(job(id, 1));

        assertThat(conversations.messages()).hasSize(1);
        assertThat(suppressions.changes()).isEmpty();
    }

    @Test
    void anOutboundStopIsNotAnOptOut() {
        ProviderMessage sent = new ProviderMessage("AC1", MessageDirection.OUTBOUND, BUSINESS, List.of(CALLER), "STOP",
                null, MessageStatus.SENT, null, null, T0);

        handler.handle(job(givenEvent("EV1", new ProviderEvent.MessageEvent(sent)), 1));

        assertThat(suppressions.changes()).isEmpty();
        assertThat(conversations.messages()).singleElement().extracting(m -> m.direction())
                .isEqualTo(MessageDirection.OUTBOUND);
    }

    @Test
    void aFailedTextToASuppressedNumberIsOnlyRecorded() {
        handler.handle(job(givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "STOP"))), 1));
        ProviderMessage failed = new ProviderMessage("AC2", MessageDirection.OUTBOUND, BUSINESS, List.of(CALLER),
                "Your quote is ready", null, MessageStatus.FAILED, "30007", "Carrier blocked", T0.plusSeconds(60));

        long id = givenEvent("EV2", new ProviderEvent.MessageEvent(failed));
        handler.handle(job(id, 1));

        assertThat(conversations.messages()).extracting(m -> m.status())
                .containsExactly(MessageStatus.RECEIVED, MessageStatus.FAILED);
        assertThat(suppressions.changes()).hasSize(1);
        assertThat(events.find(id).orElseThrow().status()).isEqualTo(Status.PROCESSED);
    }

    @Test
    void aTextWithAnUnusableNumberGoesDeadAtOnceNamingTheValue() {
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", "shortcode 12345", "Hi")));

        assertThatThrownBy(() -> handler.handle(job(id, 1)))
                .isInstanceOf(PermanentJobFailure.class).hasMessageContaining("'shortcode 12345'");

        StoredWebhookEvent stored = events.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.DEAD);
        assertThat(stored.lastError()).contains("shortcode 12345");
        assertThat(conversations.messages()).isEmpty();
    }

    @Test
    void anUnreadableEventGoesDeadAtOnce() {
        long id = store("EV1");
        parser.unreadable("EV1", "data.object.from is missing");

        assertThatThrownBy(() -> handler.handle(job(id, 1)))
                .isInstanceOf(PermanentJobFailure.class).hasMessageContaining("data.object.from is missing");

        assertThat(events.find(id).orElseThrow().status()).isEqualTo(Status.DEAD);
        assertThat(events.find(id).orElseThrow().lastError()).contains("data.object.from is missing");
    }

    @Test
    void aFailureIsRecordedAndRethrownForTheQueueToRetry() {
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "Hi")));
        conversations.failRecording(new IllegalStateException("database went away"));

        assertThatThrownBy(() -> handler.handle(job(id, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("database went away");

        StoredWebhookEvent stored = events.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.FAILED);
        assertThat(stored.lastError()).contains("database went away");
    }

    @Test
    void theLastAttemptThatFailsMakesTheEventDead() {
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "Hi")));
        conversations.failRecording(new IllegalStateException("database went away"));

        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            int current = attempt;
            assertThatThrownBy(() -> handler.handle(job(id, current))).isInstanceOf(IllegalStateException.class);
        }

        StoredWebhookEvent stored = events.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(Status.DEAD);
        assertThat(stored.attempts()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void aRetryAfterAFailureSucceeds() {
        long id = givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "Hi")));
        conversations.failRecording(new IllegalStateException("database went away"));
        assertThatThrownBy(() -> handler.handle(job(id, 1))).isInstanceOf(IllegalStateException.class);
        conversations.failRecording(null);

        handler.handle(job(id, 2));

        assertThat(events.find(id).orElseThrow().status()).isEqualTo(Status.PROCESSED);
        assertThat(conversations.messages()).hasSize(1);
    }

    @Test
    void aJobForAMissingEventIsAPermanentFailure() {
        assertThatThrownBy(() -> handler.handle(job(42, 1)))
                .isInstanceOf(PermanentJobFailure.class).hasMessageContaining("42");
    }

    @Test
    void anInboundCallBelongsToItsFirstParticipant() {
        long id = givenEvent("EV1", new ProviderEvent.CallEvent(call("CA1", MessageDirection.INBOUND, CALLER, BUSINESS)));

        handler.handle(job(id, 1));

        Contact caller = contacts.findByPhone(new PhoneNumber(CALLER)).orElseThrow();
        assertThat(conversations.calls()).singleElement().extracting(c -> c.contact()).isEqualTo(caller.id());
    }

    @Test
    void anOutboundCallBelongsToItsLastParticipant() {
        long id = givenEvent("EV1", new ProviderEvent.CallEvent(call("CA1", MessageDirection.OUTBOUND, BUSINESS, CALLER)));

        handler.handle(job(id, 1));

        assertThat(contacts.findByPhone(new PhoneNumber(CALLER))).isPresent();
        assertThat(contacts.findByPhone(new PhoneNumber(BUSINESS))).isEmpty();
    }

    @Test
    void configuredBusinessNumbersDecideWhichParticipantIsTheContact() {
        handler = handler(Set.of(new PhoneNumber(BUSINESS)));
        long id = givenEvent("EV1", new ProviderEvent.CallEvent(call("CA1", MessageDirection.INBOUND, BUSINESS, CALLER)));

        handler.handle(job(id, 1));

        assertThat(contacts.findByPhone(new PhoneNumber(CALLER))).isPresent();
        assertThat(contacts.findByPhone(new PhoneNumber(BUSINESS))).isEmpty();
    }

    @Test
    void aCallReportedTwiceIsRecordedOnceAndMovesForward() {
        handler.handle(job(givenEvent("EV1", new ProviderEvent.CallEvent(
                call("CA1", MessageDirection.INBOUND, CALLER, BUSINESS))), 1));
        ProviderCall completed = new ProviderCall("CA1", MessageDirection.INBOUND, CallStatus.COMPLETED,
                List.of(CALLER, BUSINESS), T0, T0.plusSeconds(3), "US1", T0.plusSeconds(90), 87, null, null);

        handler.handle(job(givenEvent("EV2", new ProviderEvent.CallEvent(completed)), 1));

        assertThat(conversations.calls()).singleElement().extracting(c -> c.call().status())
                .isEqualTo(CallStatus.COMPLETED);
        assertThat(contacts.list(ContactFilter.none(), ContactSort.CREATED_ASC, PageRequest.first()).total())
                .isEqualTo(1);
    }

    @Test
    void aCallArtifactIsRecordedWithoutAContact() {
        CallArtifact summary = new CallArtifact("CA9", CallArtifactKind.SUMMARY, null, null, null, List.of(), T0);

        handler.handle(job(givenEvent("EV1", new ProviderEvent.CallArtifactEvent(summary)), 1));

        assertThat(conversations.artifacts()).containsExactly(summary);
    }

    @Test
    void anIgnoredEventIsMarkedProcessedAndChangesNothing() {
        long id = givenEvent("EV1", new ProviderEvent.IgnoredEvent("call.transcript.pending", "not used"));

        handler.handle(job(id, 1));

        assertThat(events.find(id).orElseThrow().status()).isEqualTo(Status.PROCESSED);
        assertThat(conversations.messages()).isEmpty();
    }

    @Test
    void aContactUpdateFillsOnlyBlankFieldsAndLinksTheContact() {
        Contact jane = givenContact("Jane", null, CALLER);
        ProviderContact provider = new ProviderContact("CT1", "Janet", "Doe", List.of("617-555-0123"),
                List.of("not an email", "Jane@Example.com"), T0);

        handler.handle(job(givenEvent("EV1", new ProviderEvent.ContactEvent(provider, false)), 1));

        ContactDetails details = contacts.findById(jane.id()).orElseThrow().details();
        assertThat(details.firstName()).isEqualTo("Jane");
        assertThat(details.lastName()).isEqualTo("Doe");
        assertThat(details.email()).isEqualTo(EmailAddress.parse("jane@example.com"));
        assertThat(links.find("CT1")).contains(jane.id());
    }

    @Test
    void aContactUpdateNamesAnUnknownCaller() {
        handler.handle(job(givenEvent("EV1", new ProviderEvent.MessageEvent(inbound("AC1", CALLER, "Hi"))), 1));
        ProviderContact provider = new ProviderContact("CT1", "Sam", "Lee", List.of(CALLER), List.of(), T0);

        handler.handle(job(givenEvent("EV2", new ProviderEvent.ContactEvent(provider, false)), 1));

        ContactDetails details = contacts.findByPhone(new PhoneNumber(CALLER)).orElseThrow().details();
        assertThat(details.firstName()).isEqualTo("Sam");
        assertThat(details.lastName()).isEqualTo("Lee");
    }

    @Test
    void aContactUpdateFollowsTheLinkEvenWhenThePhoneChangedThere() {
        Contact jane = givenContact("Jane", null, CALLER);
        links.link("CT1", jane.id());
        ProviderContact provider = new ProviderContact("CT1", null, "Doe", List.of("+16175559999"), List.of(), T0);

        handler.handle(job(givenEvent("EV1", new ProviderEvent.ContactEvent(provider, false)), 1));

        assertThat(contacts.findById(jane.id()).orElseThrow().details().lastName()).isEqualTo("Doe");
        assertThat(contacts.findByPhone(new PhoneNumber(CALLER))).isPresent();
    }

    @Test
    void aContactUpdateForSomeoneNotInTheCrmDoesNothing() {
        ProviderContact provider = new ProviderContact("CT1", "Sam", "Lee", List.of(CALLER), List.of(), T0);
        long id = givenEvent("EV1", new ProviderEvent.ContactEvent(provider, false));

        handler.handle(job(id, 1));

        assertThat(contacts.findByPhone(new PhoneNumber(CALLER))).isEmpty();
        assertThat(links.links()).isEmpty();
        assertThat(events.find(id).orElseThrow().status()).isEqualTo(Status.PROCESSED);
    }

    @Test
    void aContactDeletedThereIsKeptWithANoteAndUnlinked() {
        Contact jane = contacts.create(new ContactDetails("Jane", "Doe", new PhoneNumber(CALLER), null, null, null,
                "Met at the fair."), "import", T0);
        links.link("CT1", jane.id());
        ProviderContact deleted = new ProviderContact("CT1", null, null, List.of(), List.of(), null);

        handler.handle(job(givenEvent("EV1", new ProviderEvent.ContactEvent(deleted, true)), 1));

        Contact kept = contacts.findById(jane.id()).orElseThrow();
        assertThat(kept.details().notes())
                .isEqualTo("Met at the fair.\nDeleted from OpenPhone's contacts on 2026-03-02; kept in the CRM.");
        assertThat(links.find("CT1")).isEmpty();
    }

    @Test
    void aDeletionOfAnUnlinkedContactChangesNothing() {
        Contact jane = givenContact("Jane", "Doe", CALLER);
        ProviderContact deleted = new ProviderContact("CT1", "Jane", "Doe", List.of(CALLER), List.of(), null);

        handler.handle(job(givenEvent("EV1", new ProviderEvent.ContactEvent(deleted, true)), 1));

        assertThat(contacts.findById(jane.id())).contains(jane);
    }

    @Test
    void aDeletionNoteThatWouldOverflowTheNotesIsLeftOut() {
        String full = "x".repeat(9_990);
        Contact jane = contacts.create(new ContactDetails("Jane", "Doe", new PhoneNumber(CALLER), null, null, null,
                full), "import", T0);
        links.link("CT1", jane.id());

        handler.handle(job(givenEvent("EV1", new ProviderEvent.ContactEvent(
                new ProviderContact("CT1", null, null, null, null, null), true)), 1));

        assertThat(contacts.findById(jane.id()).orElseThrow().details().notes()).isEqualTo(full);
        assertThat(links.find("CT1")).isEmpty();
    }

    private ProcessWebhookEventHandler handler(Set<PhoneNumber> businessNumbers) {
        return new ProcessWebhookEventHandler(events, parser, contacts, conversations, suppressions, links,
                new SimplePhoneNormaliser(), transactions, clock, businessNumbers, MAX_ATTEMPTS,
                new InMemoryCampaignSending(new InMemoryCampaignRepository()));
    }

    private Contact givenContact(String first, String last, String phone) {
        return contacts.create(new ContactDetails(first, last, new PhoneNumber(phone), null, null, null, null),
                "import", T0);
    }

    private long givenEvent(String eventId, ProviderEvent meaning) {
        long id = store(eventId);
        parser.given(eventId, meaning);
        return id;
    }

    private long store(String eventId) {
        return events.store(new WebhookEvent(eventId, "message.received", "{}", SignatureScheme.STANDARD, T0))
                .orElseThrow();
    }

    private static Job job(long rowId, int attempt) {
        return new Job("job-" + rowId, "webhook.process", Map.of("event", Long.toString(rowId)), attempt, T0);
    }

    private static ProviderMessage inbound(String providerId, String from, String text) {
        return new ProviderMessage(providerId, MessageDirection.INBOUND, from, List.of(BUSINESS), text, null,
                MessageStatus.RECEIVED, null, null, T0);
    }

    private static ProviderCall call(String providerId, MessageDirection direction, String... participants) {
        return new ProviderCall(providerId, direction, CallStatus.RINGING, List.of(participants), T0, null, null, null,
                null, null, null);
    }
}
