package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class DeleteSavedFilterServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final DeleteSavedFilterService service = new DeleteSavedFilterService(given.filters);

    @Test
    void deletesOnceThenNotFound() {
        SavedFilter saved = given.filters.create("Everyone", AudienceFilter.everyone(), given.clock.instant());

        service.delete(saved.id());

        assertThat(given.filters.find(saved.id())).isEmpty();
        assertThatThrownBy(() -> service.delete(saved.id())).isInstanceOf(BusinessRuleException.class);
    }
}
