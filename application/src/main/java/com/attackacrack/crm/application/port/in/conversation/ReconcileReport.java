package com.attackacrack.crm.application.port.in.conversation;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.List;
import java.util.Objects;

/**
 * What a reconcile run did: the conversations it checked, the texts and calls it added (the provider had them, the
 * CRM did not), those the CRM already had, every failure with its conversation, and why the run stopped early
 * ({@code stoppedBy}, null when it went through every conversation).
 */
public record ReconcileReport(int conversationsChecked, int messagesCreated, int callsCreated, int alreadyKnown,
                              List<Failure> failures, String stoppedBy) {

    public ReconcileReport {
        failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    }

    /** True when the run stopped before checking every conversation. */
    public boolean stopped() {
        return stoppedBy != null;
    }

    /** One conversation that could not be (completely) checked, and why. */
    public record Failure(ContactId contact, PhoneNumber phone, String error) {

        public Failure {
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(error, "error");
        }
    }
}
