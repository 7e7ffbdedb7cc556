package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.CampaignSending;
import com.attackacrack.crm.application.port.out.ProviderHistory;
import com.attackacrack.crm.application.port.out.ProviderHistoryException;
import com.attackacrack.crm.application.port.out.UnknownSend;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles campaign sends whose fate is unknown (the worker died or the provider did not answer): looks in the
 * provider's history for an outbound text to the number with the same body made after the send was queued, and marks
 * the recipient sent with that message when it finds one. One not found {@code reviewAfter} after its lease ran out
 * (or at once, without a provider history to ask) is left unknown for a person to review; nothing is ever resent.
 * Each send is asked about at most once a minute (remembered in memory: a new leader just asks again).
 */
final class UnknownSendReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownSendReconciler.class);
    /** The provider's clock may be behind the CRM's by this much. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final Duration RECHECK = Duration.ofMinutes(1);
    private static final int LOOKED_AT = 200;
    private static final int ASKED_PER_TICK = 10;

    private final CampaignSending sending;
    private final Optional<ProviderHistory> history;
    private final CampaignSendRecorder recorder;
    private final Duration reviewAfter;
    private final Map<Long, Instant> nextCheck = new HashMap<>();

    UnknownSendReconciler(CampaignSending sending, Optional<ProviderHistory> history, CampaignSendRecorder recorder,
                          Duration reviewAfter) {
        this.sending = sending;
        this.history = history;
        this.recorder = recorder;
        this.reviewAfter = reviewAfter;
    }

    /** Checks the unknown sends due for it; returns how many turned out sent. */
    int reconcile(Instant now) {
        List<UnknownSend> unknown = sending.unreconciled(now, LOOKED_AT);
        Set<Long> ids = new HashSet<>();
        unknown.forEach(send -> ids.add(send.recipientId()));
        nextCheck.keySet().retainAll(ids);
        int found = 0;
        int asked = 0;
        for (UnknownSend send : unknown) {
            if (history.isEmpty()) {
                sending.markForReview(send.recipientId(), "Not known whether it was sent and OpenPhone's history is "
                        + "not configured; check before texting again");
                continue;
            }
            Instant due = nextCheck.get(send.recipientId());
            if (asked >= ASKED_PER_TICK || due != null && now.isBefore(due)) {
                continue;
            }
            asked++;
            try {
                if (check(send, now)) {
                    found++;
                }
            } catch (ProviderHistoryException e) {
                LOG.warn("could not check campaign recipient {} against OpenPhone: {}", send.recipientId(),
                        e.getMessage());
                if (e.stopsRun()) {
                    break;
                }
            }
            nextCheck.put(send.recipientId(), now.plus(RECHECK));
        }
        return found;
    }

    private boolean check(UnknownSend send, Instant now) {
        Optional<ProviderMessage> copy = history.orElseThrow().messages(send.phone(), send.queuedAt().minus(CLOCK_SKEW))
                .stream()
                .filter(m -> m.direction() == MessageDirection.OUTBOUND)
                .filter(m -> m.text().strip().equals(send.body().strip()))
                .findFirst();
        if (copy.isPresent()) {
            ProviderMessage m = copy.get();
            return recorder.accepted(send.recipientId(), send.contactOrNull(), send.phone(), send.body(), m.providerId(),
                    m.status(), m.createdAt(), now);
        }
        if (!now.isBefore(send.leaseUntil().plus(reviewAfter))) {
            sending.markForReview(send.recipientId(), "Not found in OpenPhone's history " + reviewAfter.toMinutes()
                    + " minutes after the send; check before texting again");
        }
        return false;
    }
}
