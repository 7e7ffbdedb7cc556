package com.attackacrack.crm.domain.conversation;

/** Which way a text or call went: from the contact to the business (inbound) or from the business (outbound). */
public enum MessageDirection {
    INBOUND,
    OUTBOUND;

    /** OpenPhone's {@code incoming}/{@code outgoing} (also accepts {@code inbound}/{@code outbound}). */
    public static MessageDirection ofProvider(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a direction is required");
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "incoming", "inbound" -> INBOUND;
            case "outgoing", "outbound" -> OUTBOUND;
            default -> throw new IllegalArgumentException("unknown direction '" + value + "'");
        };
    }
}
