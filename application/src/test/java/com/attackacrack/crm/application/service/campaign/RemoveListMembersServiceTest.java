package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.contact.Contact;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoveListMembersServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final RemoveListMembersService service = new RemoveListMembersService(given.lists);

    @Test
    void removesTheSelectedMembersAndCountsOnlyRealMembers() {
        CampaignList list = given.givenList("Hot leads");
        Contact ann = given.givenContact("Ann", null, null);
        Contact bob = given.givenContact("Bob", null, null);
        Contact cat = given.givenContact("Cat", null, null);
        given.lists.addMembers(list.id(), List.of(ann.id(), bob.id()), given.clock.instant());

        long removed = service.remove(new ListMembersCommand(list.id(), List.of(ann.id(), cat.id())));

        assertThat(removed).isOne();
        assertThat(given.lists.find(list.id()).orElseThrow().memberCount()).isOne();
    }
}
