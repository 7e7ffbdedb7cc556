package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.SmsGateway;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test fake of {@link SmsGateway}: records every send and answers with the scripted results in order, then accepts
 * ({@code PM1}, {@code PM2}, ... with status {@code sent}) once the script runs out.
 */
public final class RecordingSmsGateway implements SmsGateway {

    private final boolean sandbox;
    private final List<OutboundSms> sent = new ArrayList<>();
    private final Deque<SmsSendResult> script = new ArrayDeque<>();
    private Runnable waitingForSlot = () -> { };
    private Consumer<OutboundSms> onSend = m -> { };
    private int requestsStarted;

    /** A gateway that reports itself as the real one. */
    public RecordingSmsGateway() {
        this(false);
    }

    /** A gateway that reports itself as the sandbox when {@code sandbox}. */
    public RecordingSmsGateway(boolean sandbox) {
        this.sandbox = sandbox;
    }

    /** Queues the answers to the next sends, in order. */
    public synchronized RecordingSmsGateway willAnswer(SmsSendResult... results) {
        script.addAll(List.of(results));
        return this;
    }

    /** Runs {@code action} where the real gateway waits for its rate slot: before {@code beforeRequest}. */
    public synchronized RecordingSmsGateway whileWaitingForSlot(Runnable action) {
        this.waitingForSlot = action;
        return this;
    }

    /** Runs {@code check} as each message is sent (after {@code beforeRequest}), before it is recorded. */
    public synchronized RecordingSmsGateway onSend(Consumer<OutboundSms> check) {
        this.onSend = check;
        return this;
    }

    /**
     * Like the real gateway: waits for the "slot", runs {@code beforeRequest} (which may stop the send by throwing),
     * then sends.
     */
    @Override
    public synchronized SmsSendResult send(OutboundSms message, Runnable beforeRequest) {
        waitingForSlot.run();
        beforeRequest.run();
        requestsStarted++;
        return send(message);
    }

    @Override
    public synchronized SmsSendResult send(OutboundSms message) {
        onSend.accept(message);
        sent.add(message);
        SmsSendResult next = script.poll();
        return next != null ? next : SmsSendResult.accepted("PM" + sent.size(), "sent");
    }

    @Override
    public boolean sandbox() {
        return sandbox;
    }

    /** How many times {@code beforeRequest} ran and the send went on. */
    public synchronized int requestsStarted() {
        return requestsStarted;
    }

    /** Every message sent, in order. */
    public synchronized List<OutboundSms> sent() {
        return List.copyOf(sent);
    }
}
