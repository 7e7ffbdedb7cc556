package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryCampaignListRepository;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemorySavedFilterRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;

/** The fakes the list and saved-filter service tests share, with given... helpers. */
final class AudienceFixture {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    final InMemoryContactRepository contacts = new InMemoryContactRepository();
    final InMemoryCampaignListRepository lists = new InMemoryCampaignListRepository(contacts);
    final InMemorySavedFilterRepository filters = new InMemorySavedFilterRepository();
    final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private int phones;

    Contact givenContact(String first, String email, String leadSource) {
        phones++;
        return contacts.create(new ContactDetails(first, null, new PhoneNumber("+1617555" + String.format("%04d", phones)),
                email == null ? null : EmailAddress.parse(email), leadSource, null, null), "import", clock.instant());
    }

    CampaignList givenList(String name) {
        return lists.create(name, null, clock.instant());
    }
}
