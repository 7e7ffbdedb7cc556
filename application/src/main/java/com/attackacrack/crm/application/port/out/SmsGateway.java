package com.attackacrack.crm.application.port.out;

/**
 * Sends text messages through the SMS provider, under the provider's rate limit shared by every process, retrying
 * what can be retried a bounded number of times; never throws for a provider answer, only returns it.
 */
public interface SmsGateway {

    /** Sends one message and says what became of it. */
    SmsSendResult send(OutboundSms message);

    /** True for the development sandbox, which never leaves the machine; pages that send say so. */
    default boolean sandbox() {
        return false;
    }
}
