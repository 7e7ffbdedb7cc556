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
 * Reads one OpenPhone message or call object into a ProviderMessage / ProviderCall, for webhooks and the REST API
 * alike; where the two differ (what stands in for a missing direction, status or time) the caller's {@link Rules} say.
 */
final class OpenPhoneObjectReader {

    /** What the source of an object decides: a webhook event by its type and delivery, the REST API by the object alone. */
    interface Rules {

        /** The direction of a message whose object names none (or throws the reader's problem for it). */
        MessageDirection missingDirection(PayloadReader reader);

        /** The status of a message whose object names none the CRM knows. */
        MessageStatus fallbackStatus(PayloadReader reader, MessageDirection direction);

        /** Where a failed message's error text is read when neither {@code errorMessage} nor {@code error.message} has it. */
        String otherErrorMessage(PayloadReader reader);

        /** The object's time, from its {@code createdAt} (null when absent). */
        Instant createdAt(PayloadReader reader, Instant createdAt);

        /** The status of a call, from its {@code status} word (or null) and its times. */
        CallStatus callStatus(String word, Instant answeredAt, Instant completedAt);
    }

    private OpenPhoneObjectReader() {
    }

    /** The text the reader's object holds. */
    static ProviderMessage message(PayloadReader reader, Rules rules) {
        String id = reader.required("id");
        String directionWord = reader.optional("direction");
        MessageDirection direction = directionWord == null ? rules.missingDirection(reader) : direction(reader, directionWord);
        String from = reader.required("from");
        List<String> to = reader.strings("to");
        if (to.isEmpty() && direction == MessageDirection.OUTBOUND) {
            throw reader.problem("to", "missing");
        }
        String text = reader.optional("text", "body", "content");
        MessageStatus status = messageStatus(reader, rules, direction);
        String errorCode = reader.optional("errorCode");
        if (errorCode == null) {
            errorCode = PayloadReader.text(reader.node("error").path("code"));
        }
        String errorMessage = reader.optional("errorMessage");
        if (errorMessage == null) {
            errorMessage = PayloadReader.text(reader.node("error").path("message"));
        }
        if (errorMessage == null) {
            errorMessage = rules.otherErrorMessage(reader);
        }
        Instant createdAt = rules.createdAt(reader, reader.instant("createdAt"));
        return new ProviderMessage(id, direction, from, to, text, media(reader), status, errorCode, errorMessage, createdAt);
    }

    /** The call the reader's object holds. */
    static ProviderCall call(PayloadReader reader, Rules rules) {
        String id = reader.required("id");
        MessageDirection direction = direction(reader, reader.required("direction"));
        List<String> participants = new ArrayList<>();
        for (JsonNode participant : reader.node("participants")) {
            String number = participant.isObject() ? PayloadReader.text(participant.path("phoneNumber"))
                    : PayloadReader.text(participant);
            if (number != null) {
                participants.add(number);
            }
        }
        Instant created = reader.instant("createdAt");
        Instant answeredAt = reader.instant("answeredAt");
        Instant completedAt = reader.instant("completedAt");
        CallStatus status = rules.callStatus(reader.optional("status"), answeredAt, completedAt);
        Instant createdAt = rules.createdAt(reader, created);
        return new ProviderCall(id, direction, status, participants, createdAt, answeredAt, reader.optional("answeredBy"),
                completedAt, reader.seconds(reader.node("duration"), "duration"), reader.optional("forwardedFrom"),
                reader.optional("forwardedTo"));
    }

    /** A direction word as the CRM knows it, or the reader's problem for an unknown one. */
    private static MessageDirection direction(PayloadReader reader, String word) {
        try {
            return MessageDirection.ofProvider(word);
        } catch (IllegalArgumentException e) {
            throw reader.problem("direction", "unknown value '" + word + "' in");
        }
    }

    private static MessageStatus messageStatus(PayloadReader reader, Rules rules, MessageDirection direction) {
        String word = reader.optional("status");
        if (word != null) {
            try {
                return MessageStatus.ofProvider(word);
            } catch (IllegalArgumentException e) {
                // a status word the CRM does not know: the rules say where the message stands
            }
        }
        return rules.fallbackStatus(reader, direction);
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
