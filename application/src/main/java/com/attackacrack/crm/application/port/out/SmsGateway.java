package com.attackacrack.crm.application.port.out;

/**
 * Sends text messages through the SMS provider, under the provider's rate limit shared by every process, retrying
 * what can be retried a bounded number of times; never throws for a provider answer, only returns it.
 */
public interface SmsGateway {

    /** Sends one message and says what became of it. */
    SmsSendResult send(OutboundSms message);

    /**
     * Sends one message like {@link #send(OutboundSms)}, running {@code beforeRequest} just before each request that
     * may reach the provider (after the rate slot is granted, never before a history lookup): a caller records there
     * that a send may have started. An exception it throws stops the send before that request and leaves this method.
     * By default it runs once, then the message is sent; gateways that make their requests themselves override it.
     */
    default SmsSendResult send(OutboundSms message, Runnable beforeRequest) {
        beforeRequest.run();
        return send(message);
    }

    /** True for the development sandbox, which never leaves the machine; pages that send say so. */
    default boolean sandbox() {
        return false;
    }
}
