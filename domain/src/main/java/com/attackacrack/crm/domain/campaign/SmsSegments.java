package com.attackacrack.crm.domain.campaign;

import java.util.Objects;

/**
 * How a text is carried as SMS: GSM-7 when every character is in the GSM 03.38 alphabet (extension characters such
 * as € [ ] { } count twice), 160 septets in one segment or 153 per segment when split; otherwise UCS-2, 70 UTF-16
 * units in one segment or 67 per segment when split.
 *
 * <p>{@code characters} counts Unicode code points (an emoji is one), {@code units} counts septets (GSM-7) or UTF-16
 * code units (UCS-2, an emoji is two). When a text is split, a two-septet extension character or a UTF-16 surrogate
 * pair is never cut across two segments (phones and carriers move it whole to the next segment), so a long text can
 * take one segment more than {@code ceil(units / 153)} or {@code ceil(units / 67)}.
 */
public record SmsSegments(Encoding encoding, int characters, int units, int segments) {

    /** Septets in a single GSM-7 message. */
    public static final int GSM_SINGLE = 160;
    /** Septets per segment of a split GSM-7 message (the user data header takes the rest). */
    public static final int GSM_PART = 153;
    /** UTF-16 units in a single UCS-2 message. */
    public static final int UCS2_SINGLE = 70;
    /** UTF-16 units per segment of a split UCS-2 message. */
    public static final int UCS2_PART = 67;

    /** The GSM 03.38 basic character set (without the escape code, which is not a character). */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The GSM 03.38 extension table: each is sent as escape plus a code, two septets. */
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    /** The two SMS encodings. */
    public enum Encoding {
        GSM_7,
        UCS_2
    }

    public SmsSegments {
        Objects.requireNonNull(encoding, "encoding");
        if (characters < 0 || units < characters || segments < 0) {
            throw new IllegalArgumentException("Impossible SMS count: " + characters + " characters, " + units
                    + " units, " + segments + " segments");
        }
    }

    /** The count for this text (an empty text is 0 segments). */
    public static SmsSegments of(String text) {
        Objects.requireNonNull(text, "text");
        int characters = text.codePointCount(0, text.length());
        if (text.codePoints().allMatch(SmsSegments::isGsm)) {
            int[] widths = text.codePoints().map(cp -> GSM_EXTENSION.indexOf(cp) >= 0 ? 2 : 1).toArray();
            return count(Encoding.GSM_7, characters, widths, GSM_SINGLE, GSM_PART);
        }
        int[] widths = text.codePoints().map(Character::charCount).toArray();
        return count(Encoding.UCS_2, characters, widths, UCS2_SINGLE, UCS2_PART);
    }

    /** True when the code point is in the GSM 03.38 basic set or its extension table. */
    public static boolean isGsm(int codePoint) {
        return GSM_BASIC.indexOf(codePoint) >= 0 || GSM_EXTENSION.indexOf(codePoint) >= 0;
    }

    private static SmsSegments count(Encoding encoding, int characters, int[] widths, int single, int part) {
        int units = 0;
        for (int width : widths) {
            units += width;
        }
        if (units == 0) {
            return new SmsSegments(encoding, characters, 0, 0);
        }
        if (units <= single) {
            return new SmsSegments(encoding, characters, units, 1);
        }
        int segments = 1;
        int used = 0;
        for (int width : widths) {
            if (used + width > part) {
                segments++;
                used = 0;
            }
            used += width;
        }
        return new SmsSegments(encoding, characters, units, segments);
    }
}
