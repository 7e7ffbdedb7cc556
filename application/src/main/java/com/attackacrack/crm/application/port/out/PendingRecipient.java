package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.Objects;

/** A pending campaign recipient the scheduler may queue: its row id and the number (for the quiet hours). */
public record PendingRecipient(long id, PhoneNumber phone) {

    public PendingRecipient {
        Objects.requireNonNull(phone, "phone");
    }
}
