package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.CampaignTracking;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Campaign attribution in {@code campaign_recipients} (V12): a delivery report moves the sent row with the provider's
 * message id; a reply or opt-out marks the contact's most recent row sent within the window (a few minutes of clock
 * skew allowed after the report), only when that row is not marked yet, so a repeated report changes nothing.
 */
public final class JdbiCampaignTracking implements CampaignTracking {

    /** How far the provider's time of a reply may be behind the CRM's time of the send it answers. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final Jdbi jdbi;

    /** Tracking on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiCampaignTracking(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void deliveryReport(String providerMessageId, MessageStatus status, String code, String reason, Instant at) {
        Objects.requireNonNull(status, "status");
        if (providerMessageId == null || !status.isFinal() || status == MessageStatus.RECEIVED) {
            return;
        }
        boolean delivered = status == MessageStatus.DELIVERED;
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update campaign_recipients
                        set status = :status, delivered_at = cast(:deliveredAt as timestamptz),
                            failed_at = cast(:failedAt as timestamptz), failure_code = cast(:code as text),
                            failure_reason = cast(:reason as text)
                        where provider_message_id = :pid and status = 'sent'
                        """)
                .bind("status", delivered ? "delivered" : "failed")
                .bind("deliveredAt", delivered ? at : null)
                .bind("failedAt", delivered ? null : at)
                .bind("code", delivered ? null : code)
                .bind("reason", delivered ? null : reason == null ? status.word() : reason)
                .bind("pid", providerMessageId)
                .execute());
    }

    @Override
    public void replied(ContactId contact, Instant at, Duration window) {
        mark("replied_at", contact, at, window);
    }

    @Override
    public void optedOut(ContactId contact, Instant at, Duration window) {
        mark("opted_out_at", contact, at, window);
    }

    private void mark(String column, ContactId contact, Instant at, Duration window) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update campaign_recipients set <column> = :at
                        where id = (select id from campaign_recipients
                                    where contact_id = :contact and sent_at is not null
                                      and sent_at >= :from and sent_at <= :to
                                    order by sent_at desc, id desc limit 1)
                          and <column> is null
                        """)
                .define("column", column)
                .bind("contact", contact.value())
                .bind("at", at)
                .bind("from", at.minus(window))
                .bind("to", at.plus(SKEW))
                .execute());
    }
}
