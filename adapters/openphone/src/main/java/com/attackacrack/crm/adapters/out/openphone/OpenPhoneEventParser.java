package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.application.port.out.ProviderEventParser;
import com.attackacrack.crm.domain.conversation.ArtifactLine;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.CallArtifactKind;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderContact;
import com.attackacrack.crm.domain.webhook.ProviderEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.CallArtifactEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.CallEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.ContactEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.IgnoredEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.MessageEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads OpenPhone webhook events into what they mean, from either envelope (the resource in {@code data.object}, or
 * in {@code data.resource} beside {@code data.context}) and under the old type names too ({@code callSummary},
 * {@code callTranscript.completed}, ...). Times fall back from the resource's {@code createdAt} to the event's, then
 * to when the delivery arrived. A failed message's error is read from {@code errorCode} or {@code error.code}, and
 * {@code errorMessage}, {@code error.message}, {@code statusReason}, {@code reason} or a string {@code error}.
 */
public final class OpenPhoneEventParser implements ProviderEventParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IGNORED = "not an event type the CRM acts on";

    /** What an event type is about. */
    private enum Kind {
        MESSAGE, CALL, RECORDING, SUMMARY, TRANSCRIPT, VOICEMAIL, CONTACT_UPDATED, CONTACT_DELETED
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("message.received", Kind.MESSAGE), Map.entry("message.delivered", Kind.MESSAGE),
            Map.entry("message.failed", Kind.MESSAGE), Map.entry("message.sent", Kind.MESSAGE),
            Map.entry("call.ringing", Kind.CALL), Map.entry("call.answered", Kind.CALL),
            Map.entry("call.completed", Kind.CALL), Map.entry("call.missed", Kind.CALL),
            Map.entry("call.forwarded", Kind.CALL),
            Map.entry("call.recording.completed", Kind.RECORDING), Map.entry("callrecording.completed", Kind.RECORDING),
            Map.entry("call.summary.completed", Kind.SUMMARY), Map.entry("callsummary.completed", Kind.SUMMARY),
            Map.entry("callsummary", Kind.SUMMARY), Map.entry("call.summary", Kind.SUMMARY),
            Map.entry("call.transcript.completed", Kind.TRANSCRIPT), Map.entry("calltranscript.completed", Kind.TRANSCRIPT),
            Map.entry("calltranscript", Kind.TRANSCRIPT), Map.entry("call.transcript", Kind.TRANSCRIPT),
            Map.entry("call.voicemail.completed", Kind.VOICEMAIL), Map.entry("callvoicemail.completed", Kind.VOICEMAIL),
            Map.entry("contact.updated", Kind.CONTACT_UPDATED), Map.entry("contact.deleted", Kind.CONTACT_DELETED));

    @Override
    public ProviderEvent parse(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        String type = event.type();
        Kind kind = KINDS.get(type.toLowerCase(Locale.ROOT));
        if (kind == null) {
            return new IgnoredEvent(type, IGNORED);
        }
        JsonNode root = read(event);
        JsonNode data = root.path("data");
        boolean newer = data.path("resource").isObject();
        JsonNode resource = newer ? data.path("resource") : data.path("object");
        String path = newer ? "data.resource" : "data.object";
        PayloadReader reader = new PayloadReader(event.eventId(), type, path, resource);
        if (!resource.isObject()) {
            throw new IllegalArgumentException("OpenPhone event " + event.eventId() + " (" + type
                    + "): missing field 'data.object' (or 'data.resource')");
        }
        Instant fallback = fallbackTime(event, root);
        String lowerType = type.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case MESSAGE -> new MessageEvent(OpenPhoneObjectReader.message(reader, new EventRules(lowerType, fallback)));
            case CALL -> new CallEvent(OpenPhoneObjectReader.call(reader, new EventRules(lowerType, fallback)));
            case RECORDING -> new CallArtifactEvent(recording(reader, CallArtifactKind.RECORDING, fallback));
            case VOICEMAIL -> new CallArtifactEvent(recording(reader, CallArtifactKind.VOICEMAIL, fallback));
            case SUMMARY -> new CallArtifactEvent(summary(reader, fallback));
            case TRANSCRIPT -> new CallArtifactEvent(transcript(reader, fallback));
            case CONTACT_UPDATED -> new ContactEvent(contact(reader, fallback), false);
            case CONTACT_DELETED -> new ContactEvent(contact(reader, fallback), true);
        };
    }

    private static JsonNode read(WebhookEvent event) {
        try {
            JsonNode root = JSON.readTree(event.payload());
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JsonProcessingException e) {
            // worded below without the parser's message, which may quote the body
        }
        throw new IllegalArgumentException("OpenPhone event " + event.eventId() + " (" + event.type()
                + "): the payload is not a JSON object");
    }

    private static Instant fallbackTime(WebhookEvent event, JsonNode root) {
        String createdAt = PayloadReader.text(root.path("createdAt"));
        if (createdAt == null) {
            return event.receivedAt();
        }
        return new PayloadReader(event.eventId(), event.type(), "event", root).instant(createdAt, "createdAt");
    }

    /** What a webhook's event type and delivery decide where the object says nothing (or nothing the CRM knows). */
    private record EventRules(String type, Instant fallback) implements OpenPhoneObjectReader.Rules {

        @Override
        public MessageDirection missingDirection(PayloadReader reader) {
            return switch (type) {
                case "message.received" -> MessageDirection.INBOUND;
                case "message.delivered", "message.sent", "message.failed" -> MessageDirection.OUTBOUND;
                default -> throw reader.problem("direction", "missing");
            };
        }

        @Override
        public MessageStatus fallbackStatus(PayloadReader reader, MessageDirection direction) {
            // no status word the CRM knows: the event type says where the message stands
            return switch (type) {
                case "message.received" -> MessageStatus.RECEIVED;
                case "message.delivered" -> MessageStatus.DELIVERED;
                case "message.failed" -> MessageStatus.FAILED;
                case "message.sent" -> MessageStatus.SENT;
                default -> throw reader.problem("status", "missing");
            };
        }

        @Override
        public String otherErrorMessage(PayloadReader reader) {
            return reader.optional("statusReason", "reason", "error");
        }

        @Override
        public Instant createdAt(PayloadReader reader, Instant createdAt) {
            return orElse(createdAt, fallback);
        }

        /**
         * The event type decides the status; the one refinement is a {@code call.completed} whose payload says the
         * call was missed (missed, no-answer, busy, ...): both end the call, and the payload knows which way.
         */
        @Override
        public CallStatus callStatus(String word, Instant answeredAt, Instant completedAt) {
            CallStatus byType = CallStatus.ofProvider(type.substring("call.".length()));
            if (byType == CallStatus.COMPLETED && word != null) {
                try {
                    if (CallStatus.ofProvider(word) == CallStatus.MISSED) {
                        return CallStatus.MISSED;
                    }
                } catch (IllegalArgumentException e) {
                    // an unknown word: the event type stands
                }
            }
            return byType;
        }
    }

    private static CallArtifact recording(PayloadReader reader, CallArtifactKind kind, Instant fallback) {
        String callId = reader.required("callId");
        JsonNode firstMedia = reader.node("media").path(0);
        String url = reader.optional("url");
        if (url == null) {
            url = firstMedia.isObject() ? PayloadReader.text(firstMedia.path("url")) : PayloadReader.text(firstMedia);
        }
        if (url == null && kind == CallArtifactKind.RECORDING) {
            throw reader.problem("url", "missing (nor media[0].url)");
        }
        String contentType = orElse(reader.optional("type", "contentType"), PayloadReader.text(firstMedia.path("type")));
        Integer duration = reader.seconds(reader.node("duration"), "duration");
        if (duration == null) {
            duration = reader.seconds(firstMedia.path("duration"), "media[0].duration");
        }
        List<ArtifactLine> lines = new ArrayList<>();
        String transcript = orElse(reader.optional("transcript", "transcription"),
                PayloadReader.text(reader.node("transcript").path("text")));
        if (kind == CallArtifactKind.VOICEMAIL && transcript != null) {
            lines.add(new ArtifactLine("Transcript", null, transcript));
        }
        return new CallArtifact(callId, kind, url, contentType, duration, lines,
                orElse(reader.instant("createdAt"), fallback));
    }

    private static CallArtifact summary(PayloadReader reader, Instant fallback) {
        String callId = reader.required("callId");
        List<ArtifactLine> lines = new ArrayList<>();
        reader.strings("summary").forEach(line -> lines.add(new ArtifactLine("Summary", null, line)));
        reader.strings("nextSteps").forEach(line -> lines.add(new ArtifactLine("Next step", null, line)));
        return new CallArtifact(callId, CallArtifactKind.SUMMARY, null, null, null, lines,
                orElse(reader.instant("createdAt"), fallback));
    }

    private static CallArtifact transcript(PayloadReader reader, Instant fallback) {
        String callId = reader.required("callId");
        List<ArtifactLine> lines = new ArrayList<>();
        for (JsonNode turn : reader.node("dialogue")) {
            String label = orElse(PayloadReader.text(turn.path("identifier")), PayloadReader.text(turn.path("userId")));
            lines.add(new ArtifactLine(label, reader.fraction(turn.path("start")), PayloadReader.text(turn.path("content"))));
        }
        return new CallArtifact(callId, CallArtifactKind.TRANSCRIPT, null, null,
                reader.seconds(reader.node("duration"), "duration"), lines, orElse(reader.instant("createdAt"), fallback));
    }

    private static ProviderContact contact(PayloadReader reader, Instant fallback) {
        String id = reader.required("id");
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (String group : List.of("fields", "defaultFields")) {
            values(reader.node(group).path("phoneNumbers"), phones);
            values(reader.node(group).path("emails"), emails);
        }
        return new ProviderContact(id, reader.optional("firstName"), reader.optional("lastName"), phones, emails,
                orElse(reader.instant("updatedAt"), fallback));
    }

    private static void values(JsonNode array, List<String> into) {
        for (JsonNode element : array) {
            String value = element.isObject() ? PayloadReader.text(element.path("value")) : PayloadReader.text(element);
            if (value != null && !into.contains(value)) {
                into.add(value);
            }
        }
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
