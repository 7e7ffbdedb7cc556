package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import java.util.Objects;

/** The fields of a campaign a person edits before launch, already checked, as the repository stores them. */
public record CampaignDraft(String name, Audience audience, MessageTemplate messageA, MessageTemplate messageB,
                            int dailyLimit, SendingWindow window, boolean skipInOtherRunning,
                            Integer skipTextedWithinDays) {

    public CampaignDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(messageA, "messageA");
        Objects.requireNonNull(window, "window");
    }
}
