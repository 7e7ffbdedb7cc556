package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import java.util.Map;

/** The wire form of the {@code campaign.send} job: only which recipient row to send to (its text is stored). */
final class CampaignSendJob {

    static final String TYPE = "campaign.send";
    static final String RECIPIENT = "recipient";

    private CampaignSendJob() {
    }

    static JobRequest request(long recipientId) {
        return new JobRequest(TYPE, Map.of(RECIPIENT, Long.toString(recipientId)));
    }

    static long recipientId(Job job) {
        try {
            return Long.parseLong(job.require(RECIPIENT));
        } catch (NumberFormatException e) {
            throw new PermanentJobFailure("malformed campaign send job " + job.id() + ": " + e.getMessage(), e);
        }
    }
}
