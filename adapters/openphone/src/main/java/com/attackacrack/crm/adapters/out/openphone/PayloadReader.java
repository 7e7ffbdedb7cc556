package com.attackacrack.crm.adapters.out.openphone;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields of one webhook event's resource, and words every problem as an IllegalArgumentException naming the
 * event id, its type and the field's path (e.g. {@code data.object.callId}).
 */
final class PayloadReader {

    private final String eventId;
    private final String type;
    private final String path;
    private final JsonNode resource;

    PayloadReader(String eventId, String type, String path, JsonNode resource) {
        this.eventId = eventId;
        this.type = type;
        this.path = path;
        this.resource = resource;
    }

    JsonNode node(String field) {
        return resource.path(field);
    }

    IllegalArgumentException problem(String field, String what) {
        return new IllegalArgumentException("OpenPhone event " + eventId + " (" + type + "): " + what + " field '"
                + path + "." + field + "'");
    }

    String required(String field) {
        String value = text(resource.path(field));
        if (value == null) {
            throw problem(field, "missing");
        }
        return value;
    }

    /** The first of these fields that holds text, or null. */
    String optional(String... fields) {
        for (String field : fields) {
            String value = text(resource.path(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** An ISO-8601 instant ({@code 2026-03-02T15:00:00.000Z}, or with an offset), or null when absent. */
    Instant instant(String field) {
        String value = text(resource.path(field));
        return value == null ? null : instant(value, field);
    }

    Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw problem(field, "not an ISO-8601 time in");
        }
    }

    /** A whole number of seconds (a JSON number or a numeric string; fractions are rounded), or null. */
    Integer seconds(JsonNode node, String field) {
        if (node.isNumber()) {
            return (int) Math.round(node.asDouble());
        }
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw problem(field, "not a number in");
        }
    }

    /** A number of seconds with fractions, or null. */
    Double fraction(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The strings of a field that holds a string or an array of strings (blank entries dropped). */
    List<String> strings(String field) {
        JsonNode node = resource.path(field);
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode element : node) {
                String value = text(element);
                if (value != null) {
                    values.add(value);
                }
            }
        } else {
            String value = text(node);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** A scalar's text, stripped; null for absent, null, blank, object or array nodes. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }
}
