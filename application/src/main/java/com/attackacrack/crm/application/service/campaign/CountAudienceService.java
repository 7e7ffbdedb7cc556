package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CountAudienceUseCase;
import com.attackacrack.crm.application.port.out.AudienceCounter;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import java.util.Objects;

/** Counts the contacts an audience filter picks, for the filter form's live count. */
public final class CountAudienceService implements CountAudienceUseCase {

    private final AudienceCounter counter;

    public CountAudienceService(AudienceCounter counter) {
        this.counter = counter;
    }

    @Override
    public long count(AudienceFilter filter) {
        return counter.count(Objects.requireNonNull(filter, "filter"));
    }
}
