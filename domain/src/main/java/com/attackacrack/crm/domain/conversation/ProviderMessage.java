package com.attackacrack.crm.domain.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A text message as the provider reports it (in a webhook or the API): its id ("AC..."), direction, the sender and
 * recipient numbers as given (normalised later), text, media, status, the carrier error when it failed, and when
 * the provider created it.
 */
public record ProviderMessage(String providerId, MessageDirection direction, String from, List<String> to, String text,
                              List<MediaItem> media, MessageStatus status, String errorCode, String errorMessage,
                              Instant createdAt) {

    public ProviderMessage {
        if (providerId == null || providerId.isBlank()) {
            throw new IllegalArgumentException("a provider message has an id");
        }
        Objects.requireNonNull(direction, "direction");
        to = to == null ? List.of() : List.copyOf(to);
        text = text == null ? "" : text;
        media = media == null ? List.of() : List.copyOf(media);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The other party's number as given: the sender of an inbound message, the first recipient of an outbound one. */
    public String counterpart() {
        return direction == MessageDirection.INBOUND ? from : (to.isEmpty() ? null : to.get(0));
    }
}
