package com.attackacrack.crm.domain.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something attached to a call, keyed by the provider's call id so it can arrive before the call itself: a recording
 * or voicemail (url, content type, duration in seconds), or a summary or transcript (its lines). A voicemail may
 * carry its transcript as lines too.
 */
public record CallArtifact(String callProviderId, CallArtifactKind kind, String url, String contentType,
                           Integer durationSeconds, List<ArtifactLine> lines, Instant createdAt) {

    public CallArtifact {
        if (callProviderId == null || callProviderId.isBlank()) {
            throw new IllegalArgumentException("a call artifact names its call");
        }
        Objects.requireNonNull(kind, "kind");
        lines = lines == null ? List.of() : List.copyOf(lines);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
