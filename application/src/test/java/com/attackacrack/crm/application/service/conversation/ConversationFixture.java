package com.attackacrack.crm.application.service.conversation;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryConversationRepository;
import com.attackacrack.crm.application.fakes.InMemorySuppressionRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.RecordingJobQueue;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;

/** The fakes the conversation service tests share, with given... helpers. */
final class ConversationFixture {

    static final Instant T0 = Instant.parse("2026-03-10T12:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryContactRepository contacts = new InMemoryContactRepository();
    final InMemoryConversationRepository conversations = new InMemoryConversationRepository(contacts);
    final InMemorySuppressionRepository suppressions = new InMemorySuppressionRepository();
    final RecordingJobQueue jobs = new RecordingJobQueue();
    final DirectTransactionRunner transactions = new DirectTransactionRunner();

    Contact givenContact(String first, String phone) {
        return contacts.create(new ContactDetails(first, "Doe", phone == null ? null : new PhoneNumber(phone),
                phone == null ? EmailAddress.parse(first + "@example.com") : null, null, null, null), "import", T0);
    }

    Contact givenOptedOut(Contact contact, String reason, Instant at) {
        contacts.optOut(contact.id(), new OptOut(reason, at));
        return contacts.findById(contact.id()).orElseThrow();
    }

    void givenTextedStop(String phone, Instant at) {
        suppressions.apply(new OptOutChange(new PhoneNumber(phone), OptOutKeyword.OPT_OUT, "STOP", "AC-stop", "Stop",
                at), null);
    }
}
