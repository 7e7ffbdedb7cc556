package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.AudienceFilter;

/** Counts the contacts an audience filter picks, as they are now. */
public interface AudienceCounter {

    long count(AudienceFilter filter);
}
