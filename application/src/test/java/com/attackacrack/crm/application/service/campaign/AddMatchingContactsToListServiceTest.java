package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class AddMatchingContactsToListServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final AddMatchingContactsToListService service = new AddMatchingContactsToListService(given.lists,
            new SimplePhoneNormaliser(), given.transactions, given.clock);

    @Test
    void addsEveryContactTheFilterMatches() {
        CampaignList list = given.givenList("Fair");
        given.givenContact("Ann", null, "Fair");
        given.givenContact("Bob", null, "fair");
        given.givenContact("Cat", null, "Web");

        ListAddition addition = service.addMatching(list.id(),
                new ContactFilter(null, null, null, null, null, "FAIR", null, null, null));

        assertThat(addition.added()).isEqualTo(2);
        assertThat(addition.list().memberCount()).isEqualTo(2);
    }

    @Test
    void searchTextThatIsAPhoneNumberMatchesByPhone() {
        CampaignList list = given.givenList("One");
        given.givenContact("Ann", null, null);
        given.givenContact("Bob", null, null);

        ListAddition addition = service.addMatching(list.id(),
                new ContactFilter("(617) 555-0002", null, null, null, null, null, null, null, null));

        assertThat(addition.added()).isOne();
        assertThat(given.lists.members(list.id(), PageRequest.first()).rows()).extracting(ContactSummary::contact)
                .extracting(c -> c.details().firstName()).containsExactly("Bob");
    }
}
