package com.attackacrack.crm.application.service.importing;

import java.util.Locale;
import java.util.Set;

/**
 * Proper case for names and addresses typed in ALL CAPS or all lower case; a word typed in mixed case
 * ({@code McDONALD}, {@code Zoë}) is kept exactly as typed, so people's own spelling wins.
 */
public final class NameCase {

    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "da", "del", "la");
    private static final Set<String> ROMAN = Set.of("ii", "iii", "iv");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr");
    /** Names that start with "mac" but are not Mac + a name (Mack, Macy are too short to need listing). */
    private static final Set<String> NOT_MAC = Set.of("machado", "macias", "maciel", "mackey", "mackie", "mackin",
            "macklin", "macedo", "macaluso", "macario", "macon", "machin", "macri", "maceo", "mackall", "macera");
    private static final Set<String> STREET_UPPER = Set.of("ne", "nw", "se", "sw", "po");

    private NameCase() {
    }

    /** The name in proper case ({@code O'BRIEN} → {@code O'Brien}); null for blank input. */
    public static String proper(String text) {
        return convert(text, false);
    }

    /**
     * A street line or city in proper case, like {@link #proper} but unit numbers such as {@code 4B} stay upper case,
     * ordinals such as {@code 2ND} become {@code 2nd}, and NE/NW/SE/SW/PO stay upper case.
     */
    public static String street(String text) {
        return convert(text, true);
    }

    private static String convert(String text, boolean street) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = text.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(word(words[i], i == 0, street));
        }
        return out.toString();
    }

    private static String word(String word, boolean first, boolean street) {
        if (mixedCase(word)) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        if (street) {
            if (lower.matches("\\d+(st|nd|rd|th)")) {
                return lower;
            }
            if (lower.chars().anyMatch(Character::isDigit) || STREET_UPPER.contains(bare)) {
                return word.toUpperCase(Locale.ROOT);
            }
        } else {
            if (!first && PARTICLES.contains(lower)) {
                return lower;
            }
            if (ROMAN.contains(bare)) {
                return word.toUpperCase(Locale.ROOT);
            }
        }
        if (SUFFIXES.contains(bare) && !first) {
            return capitalise(lower);
        }
        StringBuilder out = new StringBuilder(lower.length());
        int partStart = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || lower.charAt(i) == '-' || lower.charAt(i) == '\'') {
                out.append(part(lower.substring(partStart, i)));
                if (i < lower.length()) {
                    out.append(lower.charAt(i));
                }
                partStart = i + 1;
            }
        }
        return out.toString();
    }

    private static String part(String lower) {
        if (lower.startsWith("mc") && lower.length() > 2) {
            return "Mc" + capitalise(lower.substring(2));
        }
        if (lower.startsWith("mac") && lower.length() >= 7 && !NOT_MAC.contains(lower) && letters(lower)) {
            return "Mac" + capitalise(lower.substring(3));
        }
        return capitalise(lower);
    }

    private static boolean letters(String text) {
        return text.chars().allMatch(Character::isLetter);
    }

    private static String capitalise(String lower) {
        if (lower.isEmpty()) {
            return lower;
        }
        int first = lower.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(lower, Character.charCount(first), lower.length()).toString();
    }

    private static boolean mixedCase(String word) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return upper && lower;
    }
}
