package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.SmsGateway;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development sandbox: accepts every message as {@code sent} under a {@code sandbox-<uuid>} id without touching
 * the network, and logs only the text's length and the recipient's last four digits.
 */
public final class SandboxSmsGateway implements SmsGateway {

    /** The prefix of every id this gateway makes up. */
    public static final String ID_PREFIX = "sandbox-";

    private static final Logger LOG = LoggerFactory.getLogger(SandboxSmsGateway.class);

    @Override
    public SmsSendResult send(OutboundSms message) {
        Objects.requireNonNull(message, "message");
        String id = ID_PREFIX + UUID.randomUUID();
        String number = message.to().e164();
        LOG.info("Sandbox SMS {}: {} characters to a number ending {} (not sent anywhere)", id, message.body().length(),
                number.substring(number.length() - 4));
        return SmsSendResult.accepted(id, "sent");
    }

    @Override
    public boolean sandbox() {
        return true;
    }
}
