package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class CreateCampaignListServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final CreateCampaignListService service = new CreateCampaignListService(given.lists, given.clock);

    @Test
    void createsAnEmptyListStampedNow() {
        CampaignList list = service.create(new CampaignListCommand("Hot leads", "From the fair"));

        assertThat(list.memberCount()).isZero();
        assertThat(list.createdAt()).isEqualTo(given.clock.instant());
        assertThat(given.lists.find(list.id())).contains(list);
    }

    @Test
    void aTakenNameIsAConflictNamingTheExistingList() {
        given.givenList("Hot leads");

        assertThatThrownBy(() -> service.create(new CampaignListCommand("hot LEADS", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT))
                .hasMessageContaining("'Hot leads'");
    }
}
