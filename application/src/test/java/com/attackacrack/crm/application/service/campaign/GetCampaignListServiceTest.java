package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.CampaignListDetails;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetCampaignListServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final GetCampaignListService service = new GetCampaignListService(given.lists);

    @Test
    void readsTheListWithAPageOfMembersAndTheirTotal() {
        CampaignList list = given.givenList("Hot leads");
        Contact ann = given.givenContact("Ann", null, null);
        Contact bob = given.givenContact("Bob", null, null);
        given.lists.addMembers(list.id(), List.of(ann.id(), bob.id()), given.clock.instant());

        CampaignListDetails details = service.get(list.id(), new PageRequest(1, 1));

        assertThat(details.list().memberCount()).isEqualTo(2);
        assertThat(details.members().total()).isEqualTo(2);
        assertThat(details.members().rows()).hasSize(1);
    }

    @Test
    void anUnknownListIsNotFound() {
        assertThatThrownBy(() -> service.get(new CampaignListId(5), PageRequest.first()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }
}
