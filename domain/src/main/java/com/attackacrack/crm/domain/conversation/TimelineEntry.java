package com.attackacrack.crm.domain.conversation;

import java.time.Instant;
import java.util.List;

/** One item of a conversation's timeline, in time order: a text message or a call with what is attached to it. */
public sealed interface TimelineEntry {

    /** When it happened (the provider's time when known, else when the CRM recorded it). */
    Instant at();

    /**
     * A text message: its id, provider id (null until the provider accepted it; starts with "sandbox-" when the
     * sandbox gateway took it), direction, text, media, status, carrier error code and message when it failed, and
     * the CRM user who sent it from the thread (null otherwise), and the campaign that sent it (null otherwise).
     */
    record Message(MessageId id, String providerId, MessageDirection direction, String body, List<MediaItem> media,
                   MessageStatus status, String errorCode, String errorMessage, Instant at, String sentBy,
                   CampaignLink campaign) implements TimelineEntry {

        public Message {
            media = media == null ? List.of() : List.copyOf(media);
        }

        /** A message that no campaign sent. */
        public Message(MessageId id, String providerId, MessageDirection direction, String body, List<MediaItem> media,
                       MessageStatus status, String errorCode, String errorMessage, Instant at, String sentBy) {
            this(id, providerId, direction, body, media, status, errorCode, errorMessage, at, sentBy, null);
        }

        /** True when the sandbox gateway took it: it never left the machine. */
        public boolean sandbox() {
            return providerId != null && providerId.startsWith("sandbox-");
        }
    }

    /** The campaign a text was sent by: its id and name. */
    record CampaignLink(long id, String name) {
    }

    /**
     * A call: provider id, direction, status, start, who answered, duration in seconds, where it was forwarded, and
     * its recordings, summaries, transcripts and voicemails.
     */
    record Call(String providerId, MessageDirection direction, CallStatus status, Instant at, Instant answeredAt,
                String answeredBy, Integer durationSeconds, String forwardedTo, List<CallArtifact> artifacts)
            implements TimelineEntry {

        public Call {
            artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        }
    }
}
