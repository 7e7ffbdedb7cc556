package com.attackacrack.crm.application.service.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListConversationsServiceTest {

    private final ConversationFixture f = new ConversationFixture();
    private final ListConversationsService service = new ListConversationsService(f.conversations);

    @Test
    void listsConversationsNewestActivityFirst() {
        Contact jane = f.givenContact("Jane", "+16175550123");
        Contact sam = f.givenContact("Sam", "+16175550124");
        givenInbound(jane, "AC1", "Hello", 1);
        givenInbound(sam, "AC2", "Quote please", 2);

        Page<ConversationSummary> page = service.list(InboxFilter.all(), PageRequest.first());

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(ConversationSummary::displayName).containsExactly("Sam Doe", "Jane Doe");
        assertThat(page.rows().get(0).preview()).isEqualTo("Quote please");
    }

    @Test
    void searchesMessageText() {
        Contact jane = f.givenContact("Jane", "+16175550123");
        Contact sam = f.givenContact("Sam", "+16175550124");
        givenInbound(jane, "AC1", "Hello", 1);
        givenInbound(sam, "AC2", "Quote please", 2);

        Page<ConversationSummary> page = service.list(new InboxFilter("quote", false, false, false), PageRequest.first());

        assertThat(page.rows()).extracting(ConversationSummary::contactId).containsExactly(sam.id());
    }

    private void givenInbound(Contact contact, String providerId, String text, int minute) {
        f.conversations.recordMessage(contact.id(), new ProviderMessage(providerId, MessageDirection.INBOUND,
                contact.details().phone().e164(), List.of("+16175550100"), text, null, MessageStatus.RECEIVED, null,
                null, ConversationFixture.T0.plusSeconds(60L * minute)), ConversationFixture.T0);
    }
}
