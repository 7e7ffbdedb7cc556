package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ListCampaignListsServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final ListCampaignListsService service = new ListCampaignListsService(given.lists);

    @Test
    void listsNewestFirstWithTheTotal() {
        CampaignList older = given.givenList("Older");
        given.clock.advance(Duration.ofMinutes(1));
        CampaignList newer = given.givenList("Newer");

        Page<CampaignList> page = service.list(new PageRequest(1, 1));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).containsExactly(newer);
        assertThat(service.list(new PageRequest(2, 1)).rows()).containsExactly(older);
    }
}
