package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.FixedAudienceCounter;
import org.junit.jupiter.api.Test;

class CountAudienceServiceTest {

    private final FixedAudienceCounter counter = new FixedAudienceCounter(42);
    private final CountAudienceService service = new CountAudienceService(counter);

    @Test
    void asksTheCounterAboutTheFilter() {
        assertThat(service.count(CreateSavedFilterServiceTest.BOSTON)).isEqualTo(42);
        assertThat(counter.asked()).containsExactly(CreateSavedFilterServiceTest.BOSTON);
    }
}
