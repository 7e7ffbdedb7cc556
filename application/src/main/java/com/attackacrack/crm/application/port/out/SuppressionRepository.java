package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.List;
import java.util.Optional;

/** The CRM's own do-not-text list, by phone number, with an audit trail of every opt-out and opt-in. */
public interface SuppressionRepository {

    /**
     * Applies the change and audits it: an opt-out puts the number on the list and marks the contact (when given)
     * opted out; an opt-in takes it off and clears a keyword opt-out on the contact. False when this message already
     * made this change (a replayed event changes nothing).
     */
    boolean apply(OptOutChange change, ContactId contactOrNull);

    /** The opt-out that put the number on the list, when it is on it. */
    Optional<OptOutChange> suppression(PhoneNumber phone);

    /** Every change for the number, newest first. */
    List<OptOutChange> history(PhoneNumber phone);

    /** How many numbers are on the list. */
    long count();
}
