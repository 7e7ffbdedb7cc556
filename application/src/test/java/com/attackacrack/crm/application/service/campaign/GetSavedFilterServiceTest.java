package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class GetSavedFilterServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final GetSavedFilterService service = new GetSavedFilterService(given.filters);

    @Test
    void readsAFilterOrFailsNotFound() {
        SavedFilter saved = given.filters.create("Everyone", AudienceFilter.everyone(), given.clock.instant());

        assertThat(service.get(saved.id())).isEqualTo(saved);
        assertThatThrownBy(() -> service.get(new SavedFilterId(9))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("No saved filter with id 9");
    }
}
