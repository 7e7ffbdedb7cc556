package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameCampaignListServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final RenameCampaignListService service = new RenameCampaignListService(given.lists, given.clock);

    @Test
    void renamesAndKeepsTheMembers() {
        CampaignList list = given.givenList("Hot leads");
        given.lists.addMembers(list.id(), List.of(given.givenContact("Ann", null, null).id()), given.clock.instant());
        given.clock.advance(Duration.ofMinutes(1));

        CampaignList renamed = service.rename(list.id(), new CampaignListCommand("Warm leads", "Cooling"));

        assertThat(renamed.name()).isEqualTo("Warm leads");
        assertThat(renamed.description()).isEqualTo("Cooling");
        assertThat(renamed.updatedAt()).isEqualTo(given.clock.instant());
        assertThat(given.lists.find(list.id()).orElseThrow().memberCount()).isOne();
    }

    @Test
    void anUnknownListIsNotFound() {
        assertThatThrownBy(() -> service.rename(new CampaignListId(9), new CampaignListCommand("X", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }
}
