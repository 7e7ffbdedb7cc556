package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.AudienceCounter;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import java.util.ArrayList;
import java.util.List;

/** Test fake of {@link AudienceCounter}: answers a set count and remembers every filter it was asked about. */
public final class FixedAudienceCounter implements AudienceCounter {

    private final List<AudienceFilter> asked = new ArrayList<>();
    private volatile long count;

    public FixedAudienceCounter(long count) {
        this.count = count;
    }

    public void answer(long newCount) {
        this.count = newCount;
    }

    public synchronized List<AudienceFilter> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized long count(AudienceFilter filter) {
        asked.add(filter);
        return count;
    }
}
