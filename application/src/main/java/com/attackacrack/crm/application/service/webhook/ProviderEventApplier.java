package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.out.CampaignTracking;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.RecordOutcome;
import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.attackacrack.crm.domain.webhook.ProviderEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Applies what one provider event says happened to the CRM: texts and calls recorded against the contact of the
 * other party's number (created as "Unknown caller" when new), STOP/START keywords in new inbound texts applied to
 * the suppression list, call attachments recorded, and address-book changes synced. Campaign sends are tracked from the
 * same reports: an outbound text's status change is its delivery report, a new inbound text a reply (a STOP an
 * opt-out) attributed to the contact's latest campaign send within the attribution window. Runs inside the caller's
 * transaction; a number that cannot be read is a {@link PermanentJobFailure}.
 */
final class ProviderEventApplier {

    private final ConversationRepository conversations;
    private final SuppressionRepository suppressions;
    private final PhoneNormaliser phones;
    private final CallerContacts callers;
    private final ProviderContactSync contactSync;
    private final Set<PhoneNumber> businessNumbers;
    private final CampaignTracking tracking;
    private final Duration attributionWindow;

    ProviderEventApplier(ConversationRepository conversations, SuppressionRepository suppressions, PhoneNormaliser phones,
                         CallerContacts callers, ProviderContactSync contactSync, Set<PhoneNumber> businessNumbers,
                         CampaignTracking tracking, Duration attributionWindow) {
        this.tracking = tracking;
        this.attributionWindow = attributionWindow;
        this.conversations = conversations;
        this.suppressions = suppressions;
        this.phones = phones;
        this.callers = callers;
        this.contactSync = contactSync;
        this.businessNumbers = Set.copyOf(businessNumbers);
    }

    void apply(ProviderEvent event, Instant now) {
        switch (event) {
            case ProviderEvent.MessageEvent e -> message(e.message(), now);
            case ProviderEvent.CallEvent e -> call(e.call(), now);
            case ProviderEvent.CallArtifactEvent e -> conversations.recordArtifact(e.artifact(), now);
            case ProviderEvent.ContactEvent e when e.deleted() -> contactSync.deleted(e.contact(), now);
            case ProviderEvent.ContactEvent e -> contactSync.updated(e.contact(), now);
            case ProviderEvent.IgnoredEvent e -> {
                // Kept and marked processed; nothing in the CRM changes.
            }
        }
    }

    /** Records a text (and applies STOP/START in a new inbound one); returns what recording it did. */
    RecordOutcome message(ProviderMessage message, Instant now) {
        PhoneNumber phone = phone(message.counterpart(), "message " + message.providerId());
        ContactId contact = callers.findOrCreate(phone, now).id();
        RecordOutcome outcome = conversations.recordMessage(contact, message, now);
        if (message.direction() == MessageDirection.OUTBOUND) {
            if (outcome != RecordOutcome.UNCHANGED) {
                tracking.deliveryReport(message.providerId(), message.status(), message.errorCode(),
                        message.errorMessage(), now);
            }
            return outcome;
        }
        if (outcome != RecordOutcome.CREATED) {
            return outcome;
        }
        OptOutKeyword keyword = OptOutKeyword.of(message.text());
        if (keyword == OptOutKeyword.OPT_OUT) {
            tracking.optedOut(contact, message.createdAt(), attributionWindow);
        } else {
            tracking.replied(contact, message.createdAt(), attributionWindow);
        }
        if (keyword == OptOutKeyword.NONE) {
            return outcome;
        }
        String word = message.text().strip().replaceAll("[.!?]+$", "").strip().toUpperCase(Locale.ROOT);
        suppressions.apply(new OptOutChange(phone, keyword, word, message.providerId(), message.text(),
                message.createdAt()), contact);
        return outcome;
    }

    /** Records a call against the contact of its other party; returns what recording it did. */
    RecordOutcome call(ProviderCall call, Instant now) {
        PhoneNumber phone = counterpart(call);
        ContactId contact = callers.findOrCreate(phone, now).id();
        return conversations.recordCall(contact, call, now);
    }

    /**
     * The contact's number on a call: the first participant that is not one of the business's own numbers when
     * those are configured, else the first participant of an inbound call and the last of an outbound one.
     */
    private PhoneNumber counterpart(ProviderCall call) {
        String what = "call " + call.providerId();
        List<String> participants = call.participants();
        if (participants.isEmpty()) {
            throw new PermanentJobFailure(what + " names no participants");
        }
        if (businessNumbers.isEmpty()) {
            String raw = call.direction() == MessageDirection.INBOUND
                    ? participants.get(0) : participants.get(participants.size() - 1);
            return phone(raw, what);
        }
        for (String raw : participants) {
            Optional<PhoneNumber> phone = phones.tryNormalise(raw);
            if (phone.isPresent() && !businessNumbers.contains(phone.get())) {
                return phone.get();
            }
        }
        throw new PermanentJobFailure(what + " has no participant outside the business's own numbers: " + participants);
    }

    private PhoneNumber phone(String raw, String what) {
        return phones.tryNormalise(raw).orElseThrow(() -> new PermanentJobFailure(
                what + " has no usable phone number for the other party: '" + raw + "'"));
    }
}
