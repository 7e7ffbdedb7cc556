package com.attackacrack.crm.application.port.out;

import java.util.Map;
import java.util.regex.Pattern;

/** A unit of background work to enqueue: a job type (e.g. {@code system.heartbeat}) and string fields. */
public record JobRequest(String type, Map<String, String> payload) {

    private static final Pattern TYPE_PART = Pattern.compile("[a-z][a-z0-9_]*");

    public JobRequest {
        if (!isValidType(type)) {
            throw new IllegalArgumentException("job type must look like 'area.action', was: " + type);
        }
        payload = Map.copyOf(payload);
    }

    private static boolean isValidType(String type) {
        if (type == null || type.length() > 100) {
            return false;
        }
        String[] parts = type.split("\\.", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!TYPE_PART.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }
}
