package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.SavedFilterCommand;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import org.junit.jupiter.api.Test;

class CreateSavedFilterServiceTest {

    static final AudienceFilter BOSTON = new AudienceFilter(null, null, true, null, "Boston", null, null, null, null,
            null, null, null, false);

    private final AudienceFixture given = new AudienceFixture();
    private final CreateSavedFilterService service = new CreateSavedFilterService(given.filters, given.clock);

    @Test
    void savesTheFilterStampedNowAndRefusesATakenName() {
        SavedFilter saved = service.create(new SavedFilterCommand("Boston", BOSTON));

        assertThat(saved.criteria()).isEqualTo(BOSTON);
        assertThat(saved.createdAt()).isEqualTo(given.clock.instant());
        assertThatThrownBy(() -> service.create(new SavedFilterCommand("BOSTON", AudienceFilter.everyone())))
                .hasMessageContaining("'Boston' already exists");
    }
}
