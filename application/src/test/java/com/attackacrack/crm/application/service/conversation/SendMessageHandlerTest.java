package com.attackacrack.crm.application.service.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.InMemoryConversationRepository.StoredMessage;
import com.attackacrack.crm.application.fakes.RecordingSmsGateway;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendMessageHandlerTest {

    private static final String PHONE = "+16175550123";

    private final ConversationFixture f = new ConversationFixture();
    private final RecordingSmsGateway gateway = new RecordingSmsGateway();
    private final SendMessageHandler handler = new SendMessageHandler(f.conversations, f.contacts, f.suppressions,
            gateway, f.transactions, f.clock);
    private final Contact jane = f.givenContact("Jane", PHONE);

    @Test
    void handlesMessageSendJobs() {
        assertThat(handler.jobType()).isEqualTo("message.send");
    }

    @Test
    void anAcceptedSendRecordsTheProvidersIdAndStatus() {
        MessageId id = givenQueued("On my way");
        gateway.willAnswer(SmsSendResult.accepted("PM7", "delivered"));

        handler.handle(job(id));

        assertThat(gateway.sent()).containsExactly(new OutboundSms(new PhoneNumber(PHONE), "On my way"));
        StoredMessage stored = stored(id);
        assertThat(stored.providerId()).isEqualTo("PM7");
        assertThat(stored.status()).isEqualTo(MessageStatus.DELIVERED);
    }

    @Test
    void theProvidersQueuedOrAnUnknownStatusCountsAsSent() {
        MessageId first = givenQueued("One");
        MessageId second = givenQueued("Two");
        gateway.willAnswer(SmsSendResult.accepted("PM1", "queued"), SmsSendResult.accepted("PM2", "pending-ish"));

        handler.handle(job(first));
        handler.handle(job(second));

        assertThat(stored(first).status()).isEqualTo(MessageStatus.SENT);
        assertThat(stored(second).status()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void aRejectedSendIsMarkedFailedWithTheProvidersCode() {
        MessageId id = givenQueued("Hi");
        gateway.willAnswer(SmsSendResult.rejected("400", "Invalid number"));

        handler.handle(job(id));

        assertThat(stored(id).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(stored(id).errorCode()).isEqualTo("400");
        assertThat(stored(id).errorMessage()).isEqualTo("Invalid number");
    }

    @Test
    void aFailedSendIsMarkedFailedAndNotRetried() {
        MessageId id = givenQueued("Hi");
        gateway.willAnswer(SmsSendResult.failed("timed out"));

        handler.handle(job(id));
        handler.handle(job(id));

        assertThat(gateway.sent()).hasSize(1);
        assertThat(stored(id).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(stored(id).errorCode()).isNull();
        assertThat(stored(id).errorMessage()).isEqualTo("Not sent: timed out");
    }

    @Test
    void aMessageAlreadySentIsNeverSentAgain() {
        MessageId id = givenQueued("Hi");
        handler.handle(job(id));

        handler.handle(job(id));

        assertThat(gateway.sent()).hasSize(1);
    }

    @Test
    void aNumberThatOptedOutSinceTheReplyIsNotTexted() {
        MessageId id = givenQueued("Hi");
        f.givenTextedStop(PHONE, Instant.parse("2026-03-10T11:59:00Z"));

        handler.handle(job(id));

        assertThat(gateway.sent()).isEmpty();
        assertThat(stored(id).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(stored(id).errorCode()).isEqualTo("suppressed");
        assertThat(stored(id).errorMessage()).startsWith("Not sent: (617) 555-0123 texted STOP on 2026-03-10");
    }

    @Test
    void aContactOptedOutSinceTheReplyIsNotTexted() {
        MessageId id = givenQueued("Hi");
        f.givenOptedOut(jane, "asked by phone", Instant.parse("2026-03-10T11:59:00Z"));

        handler.handle(job(id));

        assertThat(gateway.sent()).isEmpty();
        assertThat(stored(id).errorMessage()).startsWith("Not sent: (617) 555-0123 opted out on 2026-03-10");
    }

    @Test
    void aMessageWhoseRecipientHasNoNumberIsMarkedFailed() {
        MessageId id = givenQueued("Hi");
        f.contacts.update(jane.id(), new ContactDetails("Jane", "Doe", null, null, null, null, null),
                ConversationFixture.T0);

        handler.handle(job(id));

        assertThat(gateway.sent()).isEmpty();
        assertThat(stored(id).errorMessage()).isEqualTo("Not sent: the contact no longer has a phone number");
    }

    @Test
    void aMissingMessageIsAPermanentFailure() {
        assertThatThrownBy(() -> handler.handle(job(new MessageId(404)))).isInstanceOf(PermanentJobFailure.class);
    }

    private MessageId givenQueued(String body) {
        return f.conversations.queueOutbound(jane.id(), body, new UserId(1), ConversationFixture.T0);
    }

    private StoredMessage stored(MessageId id) {
        return f.conversations.message(id).orElseThrow();
    }

    private static Job job(MessageId id) {
        return new Job("job-" + id, "message.send", Map.of("message", id.toString()), 1, ConversationFixture.T0);
    }
}
