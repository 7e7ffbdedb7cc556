package com.attackacrack.crm.adapters.in.webhook.openphone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parts of a webhook body the receiver needs (the event {@code id} and {@code type}), or says why the body
 * cannot be kept: not JSON, not a JSON object, or text PostgreSQL's {@code jsonb} refuses (NUL, lone surrogates).
 */
final class WebhookPayload {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private WebhookPayload() {
    }

    /** The event id and type read from a body (either may be null), or the reason the body is unreadable. */
    record Parsed(String id, String type, String problem) {

        boolean readable() {
            return problem == null;
        }
    }

    static Parsed parse(byte[] rawBody) {
        JsonNode root;
        try {
            root = JSON.readTree(rawBody);
        } catch (JsonProcessingException e) {
            // the parser's own message may quote the body: name only where it broke
            return new Parsed(null, null, e.getLocation() == null ? "malformed JSON"
                    : "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr());
        } catch (IOException e) {
            return new Parsed(null, null, "malformed JSON");
        }
        if (root == null || !root.isObject()) {
            return new Parsed(null, null, "the body is not a JSON object");
        }
        if (!storable(root)) {
            return new Parsed(null, null, "the body holds a NUL character or an unpaired surrogate");
        }
        return new Parsed(text(root, "id").orElse(null), text(root, "type").orElse(null), null);
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.asText().strip());
    }

    private static boolean storable(JsonNode node) {
        if (node.isTextual()) {
            return storable(node.textValue());
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!storable(field.getKey()) || !storable(field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        for (JsonNode element : node) {
            if (!storable(element)) {
                return false;
            }
        }
        return true;
    }

    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
