package com.attackacrack.crm.domain.contact;

import java.time.Instant;
import java.util.Objects;

/** That a contact asked not to be texted: why (e.g. "STOP keyword", "asked by phone") and when. */
public record OptOut(String reason, Instant at) {

    public OptOut {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an opt-out needs a reason");
        }
        Objects.requireNonNull(at, "at");
    }
}
