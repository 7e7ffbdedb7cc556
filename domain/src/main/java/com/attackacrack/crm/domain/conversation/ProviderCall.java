package com.attackacrack.crm.domain.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A phone call as the provider reports it: its id ("AC..."), direction, status, the participants' numbers as given
 * (the contact's and the business line's), when it started, was answered (and by which user), ended, its duration in
 * seconds, and where it was forwarded from or to.
 */
public record ProviderCall(String providerId, MessageDirection direction, CallStatus status, List<String> participants,
                           Instant createdAt, Instant answeredAt, String answeredBy, Instant completedAt,
                           Integer durationSeconds, String forwardedFrom, String forwardedTo) {

    public ProviderCall {
        if (providerId == null || providerId.isBlank()) {
            throw new IllegalArgumentException("a provider call has an id");
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        participants = participants == null ? List.of() : List.copyOf(participants);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
