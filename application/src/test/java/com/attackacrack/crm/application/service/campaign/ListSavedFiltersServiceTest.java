package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ListSavedFiltersServiceTest {

    private final AudienceFixture given = new AudienceFixture();
    private final ListSavedFiltersService service = new ListSavedFiltersService(given.filters);

    @Test
    void listsNewestFirst() {
        SavedFilter older = given.filters.create("A", AudienceFilter.everyone(), given.clock.instant());
        given.clock.advance(Duration.ofMinutes(1));
        SavedFilter newer = given.filters.create("B", AudienceFilter.everyone(), given.clock.instant());

        assertThat(service.list(PageRequest.first()).rows()).containsExactly(newer, older);
    }
}
