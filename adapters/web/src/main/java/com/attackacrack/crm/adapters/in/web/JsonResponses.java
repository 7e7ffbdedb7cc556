package com.attackacrack.crm.adapters.in.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/** Writes JSON answers with Jackson (Helidon 4.2.0 has no Jackson media support), from one shared mapper. */
public final class JsonResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponses() {
    }

    /** Serialises a value (records, maps, lists) to UTF-8 JSON bytes. */
    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getName() + " to JSON", e);
        }
    }

    /** Sends the value as {@code application/json} with the given status. */
    public static void send(ServerResponse response, Status status, Object value) {
        byte[] body = toBytes(value);
        response.status(status);
        response.header(HeaderValues.CONTENT_TYPE_JSON);
        response.send(body);
    }
}
