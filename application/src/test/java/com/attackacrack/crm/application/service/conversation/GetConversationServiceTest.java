package com.attackacrack.crm.application.service.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.RecordingSmsGateway;
import com.attackacrack.crm.application.port.in.conversation.ConversationThread;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetConversationServiceTest {

    private static final String PHONE = "+16175550123";

    private final ConversationFixture f = new ConversationFixture();

    @Test
    void theThreadShowsTheNewestEntriesOldestFirst() {
        Contact jane = f.givenContact("Jane", PHONE);
        givenInbound(jane, "AC1", "one", 1);
        givenInbound(jane, "AC2", "two", 2);
        givenInbound(jane, "AC3", "three", 3);

        ConversationThread thread = service(false).thread(jane.id(), 2, false);

        assertThat(thread.entries()).extracting(e -> ((TimelineEntry.Message) e).body()).containsExactly("two", "three");
        assertThat(thread.canReply()).isTrue();
        assertThat(thread.suppression()).isEmpty();
        assertThat(thread.sandbox()).isFalse();
        assertThat(f.conversations.unread(jane.id())).isEqualTo(3);
    }

    @Test
    void readingWithMarkReadClearsUnread() {
        Contact jane = f.givenContact("Jane", PHONE);
        givenInbound(jane, "AC1", "one", 1);

        service(false).thread(jane.id(), 50, true);

        assertThat(f.conversations.unread(jane.id())).isZero();
    }

    @Test
    void aSuppressedNumberShowsWhyAReplyIsRefused() {
        Contact jane = f.givenContact("Jane", PHONE);
        f.givenTextedStop(PHONE, Instant.parse("2026-03-05T18:00:00Z"));

        ConversationThread thread = service(false).thread(jane.id(), 50, false);

        assertThat(thread.suppression()).isPresent();
        assertThat(thread.canReply()).isFalse();
        assertThat(thread.cannotReplyReason()).isEqualTo("Jane Doe texted STOP on 2026-03-05; they cannot be texted "
                + "until they text START");
    }

    @Test
    void aContactWithoutAPhoneCannotBeRepliedTo() {
        Contact jane = f.givenContact("Jane", null);

        ConversationThread thread = service(true).thread(jane.id(), 50, false);

        assertThat(thread.cannotReplyReason()).isEqualTo("Jane Doe has no phone number to text");
        assertThat(thread.suppression()).isEmpty();
        assertThat(thread.sandbox()).isTrue();
    }

    @Test
    void anUnknownContactIsNotFound() {
        assertThatThrownBy(() -> service(false).thread(new ContactId(9), 50, false))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }

    private GetConversationService service(boolean sandbox) {
        return new GetConversationService(f.contacts, f.conversations, f.suppressions, new RecordingSmsGateway(sandbox),
                f.transactions, f.clock);
    }

    private void givenInbound(Contact contact, String providerId, String text, int minute) {
        f.conversations.recordMessage(contact.id(), new ProviderMessage(providerId, MessageDirection.INBOUND, PHONE,
                List.of("+16175550100"), text, null, MessageStatus.RECEIVED, null, null,
                ConversationFixture.T0.plusSeconds(60L * minute)), ConversationFixture.T0);
    }
}
