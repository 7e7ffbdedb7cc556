package com.attackacrack.crm.application.service.campaign;

import static com.attackacrack.crm.application.service.campaign.CampaignFixture.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.ExportRecipientsUseCase;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignCommand;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportRecipientsServiceTest {

    private final CampaignFixture fixture = new CampaignFixture();
    private final ExportRecipientsService service = new ExportRecipientsService(fixture.campaigns, fixture.recipients);

    @Test
    void everyRecipientBecomesOneRowOfHeaderCells() {
        Campaign campaign = fixture.givenCampaign("Hi {first_name}", null);
        fixture.givenMembers(member(1), member(2, Map.of()));
        fixture.launch().launch(new LaunchCampaignCommand(campaign.id(), null));
        List<List<String>> rows = new ArrayList<>();

        long count = service.export(campaign.id(), rows::add);

        assertThat(count).isEqualTo(2);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(ExportRecipientsUseCase.HEADER));
        assertThat(rows.get(0)).containsExactly("Contact #1", "+16175550001", "A", "pending", "", "", "", "", "", "",
                "");
        assertThat(rows.get(1).subList(3, 5)).containsExactly("excluded", "unresolved {first_name}");
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        assertThatThrownBy(() -> service.export(new CampaignId(9), row -> { }))
                .hasMessage("No campaign with id 9");
    }
}
