package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddContactsToListServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final AddContactsToListService service =
            new AddContactsToListService(given.lists, given.transactions, given.clock);

    @Test
    void addsOnlyTheNewMembersInOneTransactionAndReadsTheCountBack() {
        CampaignList list = given.givenList("Hot leads");
        Contact ann = given.givenContact("Ann", null, null);
        Contact bob = given.givenContact("Bob", null, null);
        service.add(new ListMembersCommand(list.id(), List.of(ann.id())));

        ListAddition addition = service.add(new ListMembersCommand(list.id(), List.of(ann.id(), bob.id())));

        assertThat(addition.added()).isOne();
        assertThat(addition.list().memberCount()).isEqualTo(2);
        assertThat(given.transactions.units()).isEqualTo(2);
    }

    @Test
    void anUnknownListIsNotFound() {
        Contact ann = given.givenContact("Ann", null, null);

        assertThatThrownBy(() -> service.add(new ListMembersCommand(new CampaignListId(4), List.of(ann.id()))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }
}
