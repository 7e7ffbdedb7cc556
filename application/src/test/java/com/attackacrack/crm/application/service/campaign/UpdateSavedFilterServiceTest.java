package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.SavedFilterCommand;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class UpdateSavedFilterServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final UpdateSavedFilterService service = new UpdateSavedFilterService(given.filters, given.clock);

    @Test
    void replacesNameAndCriteria() {
        SavedFilter saved = given.filters.create("Everyone", AudienceFilter.everyone(), given.clock.instant());

        SavedFilter updated = service.update(saved.id(), new SavedFilterCommand("Boston",
                CreateSavedFilterServiceTest.BOSTON));

        assertThat(updated.name()).isEqualTo("Boston");
        assertThat(given.filters.find(saved.id()).orElseThrow().criteria()).isEqualTo(CreateSavedFilterServiceTest.BOSTON);
    }

    @Test
    void anUnknownFilterIsNotFound() {
        assertThatThrownBy(() -> service.update(new SavedFilterId(3), new SavedFilterCommand("X", AudienceFilter.everyone())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }
}
