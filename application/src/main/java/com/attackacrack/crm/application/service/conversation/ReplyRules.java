package com.attackacrack.crm.application.service.conversation;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Whether a contact may be texted, shared by the thread page, the reply and the send job: a phone is needed, and
 * neither the contact's opt-out nor the number's place on the suppression list may stand.
 */
final class ReplyRules {

    private static final String UNTIL_START = "they cannot be texted until they text START";

    private ReplyRules() {
    }

    /** Why a reply to the contact would be refused, or null when it may be sent. */
    static String cannotReplyReason(Contact contact, Optional<OptOutChange> suppression) {
        String name = contact.displayName();
        if (contact.details().phone() == null) {
            return name + " has no phone number to text";
        }
        return refusal(name, contact.optedOut(), suppression);
    }

    /** Why a text to this number must not go out now, or null; names the number rather than the contact. */
    static String cannotSendReason(PhoneNumber to, Optional<OptOut> optOut, Optional<OptOutChange> suppression) {
        String refusal = refusal(to.display(), optOut, suppression);
        return refusal == null ? null : "Not sent: " + refusal;
    }

    private static String refusal(String who, Optional<OptOut> optOut, Optional<OptOutChange> suppression) {
        if (optOut.isPresent()) {
            return who + " opted out on " + day(optOut.get().at()) + " (" + optOut.get().reason() + "); " + UNTIL_START;
        }
        if (suppression.isPresent()) {
            OptOutChange change = suppression.get();
            String how = change.messageText() == null
                    ? " was put on the do-not-text list on " + day(change.at()) + " (" + change.keyword() + ")"
                    : " texted " + change.keyword() + " on " + day(change.at());
            return who + how + "; " + UNTIL_START;
        }
        return null;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
