package com.attackacrack.crm.application.service.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.InMemoryConversationRepository.StoredMessage;
import com.attackacrack.crm.application.port.in.conversation.SendReplyCommand;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendReplyServiceTest {

    private static final UserId USER = new UserId(3);

    private final ConversationFixture f = new ConversationFixture();
    private final SendReplyService service = new SendReplyService(f.contacts, f.conversations, f.suppressions, f.jobs,
            f.transactions, f.clock);

    @Test
    void aReplyIsQueuedAndHandedToAWorker() {
        Contact jane = f.givenContact("Jane", "+16175550123");

        MessageId id = service.reply(new SendReplyCommand(jane.id(), "On my way", USER));

        StoredMessage stored = f.conversations.message(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(stored.body()).isEqualTo("On my way");
        assertThat(stored.sentBy()).isEqualTo(USER);
        assertThat(f.jobs.enqueued()).extracting(e -> e.request())
                .containsExactly(new JobRequest("message.send", Map.of("message", id.toString())));
    }

    @Test
    void whenTheQueueIsDownTheReplyIsMarkedFailedSoItCanBeSentAgain() {
        Contact jane = f.givenContact("Jane", "+16175550123");
        f.jobs.failWith(new IllegalStateException("redis down"));

        MessageId id = service.reply(new SendReplyCommand(jane.id(), "On my way", USER));

        StoredMessage stored = f.conversations.message(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(stored.errorMessage()).contains("send it again");
    }

    @Test
    void anUnknownContactIsNotFound() {
        assertThatThrownBy(() -> service.reply(new SendReplyCommand(new ContactId(99), "Hi", USER)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }

    @Test
    void aContactWithoutAPhoneIsRefused() {
        Contact jane = f.givenContact("Jane", null);

        assertRefused(jane, "Hi", "Jane Doe has no phone number to text");
    }

    @Test
    void anOptedOutContactIsRefused() {
        Contact jane = f.givenOptedOut(f.givenContact("Jane", "+16175550123"), "asked by phone",
                Instant.parse("2026-03-01T09:00:00Z"));

        assertRefused(jane, "Hi", "Jane Doe opted out on 2026-03-01 (asked by phone); they cannot be texted until "
                + "they text START");
    }

    @Test
    void aSuppressedNumberIsRefused() {
        Contact jane = f.givenContact("Jane", "+16175550123");
        f.givenTextedStop("+16175550123", Instant.parse("2026-03-05T18:00:00Z"));

        assertRefused(jane, "Hi", "Jane Doe texted STOP on 2026-03-05; they cannot be texted until they text START");
    }

    @Test
    void anEmptyReplyIsRefused() {
        Contact jane = f.givenContact("Jane", "+16175550123");

        assertRefused(jane, "   ", "A text message needs some text");
    }

    @Test
    void aReplyOverTheProvidersLimitIsRefusedNamingItsLength() {
        Contact jane = f.givenContact("Jane", "+16175550123");

        assertRefused(jane, "x".repeat(1601), "A text message is at most 1600 characters, this one has 1601");
    }

    @Test
    void aReplyAtTheLimitIsQueued() {
        Contact jane = f.givenContact("Jane", "+16175550123");

        MessageId id = service.reply(new SendReplyCommand(jane.id(), "x".repeat(1600), USER));

        assertThat(f.conversations.message(id)).isPresent();
    }

    private void assertRefused(Contact contact, String body, String message) {
        assertThatThrownBy(() -> service.reply(new SendReplyCommand(contact.id(), body, USER)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.INVALID))
                .hasMessage(message);
        assertThat(f.conversations.messages()).isEmpty();
        assertThat(f.jobs.enqueued()).isEmpty();
    }
}
