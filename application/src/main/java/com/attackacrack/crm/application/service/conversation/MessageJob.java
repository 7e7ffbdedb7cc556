package com.attackacrack.crm.application.service.conversation;

import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.domain.conversation.MessageId;
import java.util.Map;

/** The wire form of the {@code message.send} job: only which queued message to send (its text is stored). */
final class MessageJob {

    static final String TYPE = "message.send";
    static final String MESSAGE = "message";

    private MessageJob() {
    }

    static JobRequest request(MessageId id) {
        return new JobRequest(TYPE, Map.of(MESSAGE, Long.toString(id.value())));
    }

    static MessageId messageId(Job job) {
        try {
            return new MessageId(Long.parseLong(job.require(MESSAGE)));
        } catch (IllegalArgumentException e) {
            throw new PermanentJobFailure("malformed message job " + job.id() + ": " + e.getMessage(), e);
        }
    }
}
