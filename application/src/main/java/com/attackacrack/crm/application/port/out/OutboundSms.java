package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.Objects;

/** One text message to send: the recipient (E.164) and the body (1 to 1,600 characters, OpenPhone's limit). */
public record OutboundSms(PhoneNumber to, String body) {

    /** The longest body OpenPhone accepts. */
    public static final int MAX_BODY = 1_600;

    public OutboundSms {
        Objects.requireNonNull(to, "to");
        if (body == null || body.isBlank()) {
            throw BusinessRuleException.invalid("A text message needs some text");
        }
        if (body.length() > MAX_BODY) {
            throw BusinessRuleException.invalid("A text message is at most " + MAX_BODY + " characters, this one has "
                    + body.length());
        }
    }
}
