package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.KnownConversation;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiKnownConversationsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiContactRepository contacts = new JdbiContactRepository(jdbi);
    private final JdbiConversationRepository conversations = new JdbiConversationRepository(jdbi);
    private final JdbiKnownConversations known = new JdbiKnownConversations(jdbi);

    @BeforeEach
    void emptyTables() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
    }

    @Test
    void listsContactsWithAConversationNewestActivityFirst() {
        ContactId ann = contact("Ann", "+16175550123");
        ContactId bob = contact("Bob", "+16175550124");
        ContactId cy = contact("Cy", "+16175550125");
        contact("Dee", "+16175550126");
        text(ann, "AC1", T0);
        text(bob, "AC2", T0.plusSeconds(120));
        text(cy, "AC3", T0.plusSeconds(60));

        List<KnownConversation> all = known.all(10);

        assertThat(all).containsExactly(new KnownConversation(bob, new PhoneNumber("+16175550124")),
                new KnownConversation(cy, new PhoneNumber("+16175550125")),
                new KnownConversation(ann, new PhoneNumber("+16175550123")));
    }

    @Test
    void takesAtMostTheLimitAndSkipsContactsWithoutAPhone() {
        ContactId ann = contact("Ann", "+16175550123");
        ContactId bob = contact("Bob", "+16175550124");
        text(ann, "AC1", T0);
        text(bob, "AC2", T0.plusSeconds(60));
        jdbi.useHandle(handle -> handle.execute("update contacts set phone = null where id = ?", bob.value()));

        assertThat(known.all(10)).extracting(KnownConversation::contact).containsExactly(ann);
        text(contact("Cy", "+16175550125"), "AC3", T0.plusSeconds(120));
        assertThat(known.all(1)).extracting(KnownConversation::phone).containsExactly(new PhoneNumber("+16175550125"));
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> known.all(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private ContactId contact(String name, String phone) {
        return contacts.create(new ContactDetails(name, null, new PhoneNumber(phone), null, null, null, null), "manual",
                T0.minusSeconds(86_400)).id();
    }

    private void text(ContactId contact, String providerId, Instant at) {
        conversations.recordMessage(contact, new ProviderMessage(providerId, MessageDirection.INBOUND, "+16175550199",
                List.of("+16175550000"), "Hi", List.of(), MessageStatus.RECEIVED, null, null, at), at);
    }
}
