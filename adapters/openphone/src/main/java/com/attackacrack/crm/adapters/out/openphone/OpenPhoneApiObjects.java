package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the message and call objects OpenPhone's list endpoints answer ({@code GET /v1/messages}, {@code /v1/calls}):
 * the same objects webhooks carry, but with no event type, so the status comes from the object's {@code status}
 * alone (a word the CRM does not know falls back to received / sent for a text, and to what the call's times say).
 */
final class OpenPhoneApiObjects {

    private OpenPhoneApiObjects() {
    }

    /** The text in {@code node}, the {@code index}th of an answer's {@code data}. */
    static ProviderMessage message(JsonNode node, int index) {
        PayloadReader reader = reader(node, index, "API message");
        String id = reader.required("id");
        MessageDirection direction = direction(reader);
        String from = reader.required("from");
        List<String> to = reader.strings("to");
        if (to.isEmpty() && direction == MessageDirection.OUTBOUND) {
            throw reader.problem("to", "missing");
        }
        String text = reader.optional("text", "body", "content");
        MessageStatus status = messageStatus(reader.optional("status"), direction);
        String errorCode = reader.optional("errorCode");
        if (errorCode == null) {
            errorCode = PayloadReader.text(reader.node("error").path("code"));
        }
        String errorMessage = reader.optional("errorMessage");
        if (errorMessage == null) {
            errorMessage = PayloadReader.text(reader.node("error").path("message"));
        }
        Instant createdAt = createdAt(reader);
        return new ProviderMessage(id, direction, from, to, text, media(reader), status, errorCode, errorMessage, createdAt);
    }

    /** The call in {@code node}, the {@code index}th of an answer's {@code data}. */
    static ProviderCall call(JsonNode node, int index) {
        PayloadReader reader = reader(node, index, "API call");
        String id = reader.required("id");
        MessageDirection direction = direction(reader);
        List<String> participants = new ArrayList<>();
        for (JsonNode participant : reader.node("participants")) {
            String number = participant.isObject() ? PayloadReader.text(participant.path("phoneNumber"))
                    : PayloadReader.text(participant);
            if (number != null) {
                participants.add(number);
            }
        }
        Instant answeredAt = reader.instant("answeredAt");
        Instant completedAt = reader.instant("completedAt");
        CallStatus status = callStatus(reader.optional("status"), answeredAt, completedAt);
        return new ProviderCall(id, direction, status, participants, createdAt(reader), answeredAt,
                reader.optional("answeredBy"), completedAt, reader.seconds(reader.node("duration"), "duration"),
                reader.optional("forwardedFrom"), reader.optional("forwardedTo"));
    }

    private static PayloadReader reader(JsonNode node, int index, String what) {
        String id = node == null ? null : PayloadReader.text(node.path("id"));
        PayloadReader reader = new PayloadReader(id == null ? "#" + index : id, what, "data[" + index + "]", node);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("OpenPhone " + what + " data[" + index + "] is not a JSON object");
        }
        return reader;
    }

    private static MessageDirection direction(PayloadReader reader) {
        String word = reader.required("direction");
        try {
            return MessageDirection.ofProvider(word);
        } catch (IllegalArgumentException e) {
            throw reader.problem("direction", "unknown value '" + word + "' in");
        }
    }

    private static Instant createdAt(PayloadReader reader) {
        Instant createdAt = reader.instant("createdAt");
        if (createdAt == null) {
            throw reader.problem("createdAt", "missing");
        }
        return createdAt;
    }

    private static MessageStatus messageStatus(String word, MessageDirection direction) {
        if (word != null) {
            try {
                return MessageStatus.ofProvider(word);
            } catch (IllegalArgumentException e) {
                // a word the CRM does not know: the direction says enough
            }
        }
        return direction == MessageDirection.INBOUND ? MessageStatus.RECEIVED : MessageStatus.SENT;
    }

    private static CallStatus callStatus(String word, Instant answeredAt, Instant completedAt) {
        if (word != null) {
            try {
                return CallStatus.ofProvider(word);
            } catch (IllegalArgumentException e) {
                // a word the CRM does not know (voicemail, ...): the call's times say where it stands
            }
        }
        if (completedAt != null) {
            return answeredAt != null ? CallStatus.COMPLETED : CallStatus.MISSED;
        }
        return answeredAt != null ? CallStatus.ANSWERED : CallStatus.RINGING;
    }

    private static List<MediaItem> media(PayloadReader reader) {
        List<MediaItem> items = new ArrayList<>();
        for (JsonNode element : reader.node("media")) {
            String url = element.isObject() ? PayloadReader.text(element.path("url")) : PayloadReader.text(element);
            if (url != null) {
                String contentType = element.isObject() ? PayloadReader.text(element.path("type")) : null;
                if (contentType == null && element.isObject()) {
                    contentType = PayloadReader.text(element.path("contentType"));
                }
                items.add(new MediaItem(url, contentType));
            }
        }
        return items;
    }
}
