package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Reads the message and call objects OpenPhone's list endpoints answer ({@code GET /v1/messages}, {@code /v1/calls}):
 * the same objects webhooks carry, but with no event type, so the status comes from the object's {@code status}
 * alone (a word the CRM does not know falls back to received / sent for a text, and to what the call's times say).
 */
final class OpenPhoneApiObjects {

    /** An API object names its own direction and time; nothing stands in for them. */
    private static final OpenPhoneObjectReader.Rules RULES = new OpenPhoneObjectReader.Rules() {

        @Override
        public MessageDirection missingDirection(PayloadReader reader) {
            throw reader.problem("direction", "missing");
        }

        @Override
        public MessageStatus fallbackStatus(PayloadReader reader, MessageDirection direction) {
            // no status word the CRM knows: the direction says enough
            return direction == MessageDirection.INBOUND ? MessageStatus.RECEIVED : MessageStatus.SENT;
        }

        @Override
        public String otherErrorMessage(PayloadReader reader) {
            return null;
        }

        @Override
        public Instant createdAt(PayloadReader reader, Instant createdAt) {
            if (createdAt == null) {
                throw reader.problem("createdAt", "missing");
            }
            return createdAt;
        }

        @Override
        public CallStatus callStatus(String word, Instant answeredAt, Instant completedAt) {
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
    };

    private OpenPhoneApiObjects() {
    }

    /** The text in {@code node}, the {@code index}th of an answer's {@code data}. */
    static ProviderMessage message(JsonNode node, int index) {
        return OpenPhoneObjectReader.message(reader(node, index, "API message"), RULES);
    }

    /** The call in {@code node}, the {@code index}th of an answer's {@code data}. */
    static ProviderCall call(JsonNode node, int index) {
        return OpenPhoneObjectReader.call(reader(node, index, "API call"), RULES);
    }

    private static PayloadReader reader(JsonNode node, int index, String what) {
        String id = node == null ? null : PayloadReader.text(node.path("id"));
        PayloadReader reader = new PayloadReader(id == null ? "#" + index : id, what, "data[" + index + "]", node);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("OpenPhone " + what + " data[" + index + "] is not a JSON object");
        }
        return reader;
    }
}
