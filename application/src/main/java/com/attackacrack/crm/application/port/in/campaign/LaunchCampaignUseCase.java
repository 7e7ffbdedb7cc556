package com.attackacrack.crm.application.port.in.campaign;

/**
 * Launches a draft campaign: in one transaction snapshots its audience into recipient rows (eligible ones pending with
 * their rendered message, the others excluded with their reason) and moves it to running, or to scheduled for a later
 * start. Refused (CONFLICT) unless it is a draft, so launching twice changes nothing; refused (INVALID, naming why)
 * when nobody in the audience is eligible, and then nothing is written.
 */
public interface LaunchCampaignUseCase {

    CampaignDetail launch(LaunchCampaignCommand command);
}
