package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.application.port.in.campaign.SavedFilterCommand;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The checks of the list and saved-filter commands, with messages naming the field and its limit. */
class CampaignListCommandTest {

    @Test
    void aListNameIsTrimmedAndABlankDescriptionIsNone() {
        CampaignListCommand command = new CampaignListCommand("  Hot leads ", "  ");

        assertThat(command.name()).isEqualTo("Hot leads");
        assertThat(command.description()).isNull();
    }

    @Test
    void aListNameIsOneToAHundredCharactersAndADescriptionAtMostFiveHundred() {
        assertThatThrownBy(() -> new CampaignListCommand(" ", null)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("List name is required (1 to 100 characters)");
        assertThatThrownBy(() -> new CampaignListCommand("x".repeat(101), null))
                .hasMessage("List name must be at most 100 characters, was 101");
        assertThatThrownBy(() -> new CampaignListCommand("Hot", "x".repeat(501)))
                .hasMessage("Description must be at most 500 characters, was 501");
        assertThat(new CampaignListCommand("x".repeat(100), "y".repeat(500)).name()).hasSize(100);
    }

    @Test
    void selectedContactsAreOneToTenThousandCountingDuplicatesOnce() {
        CampaignListId list = new CampaignListId(1);
        List<ContactId> tooMany = LongStream.rangeClosed(1, 10_001).mapToObj(ContactId::new).toList();

        assertThat(new ListMembersCommand(list, List.of(new ContactId(1), new ContactId(1))).contacts()).hasSize(1);
        assertThatThrownBy(() -> new ListMembersCommand(list, List.of())).hasMessage("Select at least one contact");
        assertThatThrownBy(() -> new ListMembersCommand(list, tooMany))
                .hasMessage("Select at most 10,000 contacts per request, was 10001");
        assertThat(new ListMembersCommand(list, tooMany.subList(0, 10_000)).contacts()).hasSize(10_000);
    }

    @Test
    void aFilterNameIsOneToAHundredCharacters() {
        assertThatThrownBy(() -> new SavedFilterCommand("", AudienceFilter.everyone()))
                .hasMessage("Filter name is required (1 to 100 characters)");
        assertThatThrownBy(() -> new SavedFilterCommand("x".repeat(101), AudienceFilter.everyone()))
                .hasMessage("Filter name must be at most 100 characters, was 101");
        assertThat(new SavedFilterCommand(" Boston ", AudienceFilter.everyone()).name()).isEqualTo("Boston");
    }
}
