package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteCampaignListServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final DeleteCampaignListService service = new DeleteCampaignListService(given.lists);

    @Test
    void deletesTheListButNotItsContacts() {
        CampaignList list = given.givenList("Hot leads");
        Contact ann = given.givenContact("Ann", null, null);
        given.lists.addMembers(list.id(), List.of(ann.id()), given.clock.instant());

        service.delete(list.id());

        assertThat(given.lists.find(list.id())).isEmpty();
        assertThat(given.contacts.findById(ann.id())).isPresent();
        assertThatThrownBy(() -> service.delete(list.id())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("No campaign list with id " + list.id());
    }
}
