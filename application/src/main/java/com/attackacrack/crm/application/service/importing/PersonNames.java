package com.attackacrack.crm.application.service.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one "full name" field into first and last name, in proper case: the last word is the last name (with any
 * Jr/Sr/II/III/IV suffix and lower-case particles such as "van" before it), everything before it the first name;
 * "SMITH, JOHN" is last-name-first; a single word is a last name.
 */
public final class PersonNames {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "da", "del", "la", "di", "du", "le");

    /** A first and a last name, each null when absent. */
    public record SplitName(String first, String last) {
    }

    private PersonNames() {
    }

    /** The first and last name in this full name; both null for blank input. */
    public static SplitName split(String fullName) {
        String name = NameCase.proper(fullName);
        if (name == null) {
            return new SplitName(null, null);
        }
        int comma = name.indexOf(',');
        if (comma >= 0) {
            String before = name.substring(0, comma).strip();
            String after = name.substring(comma + 1).strip().replace(",", " ").strip();
            if (after.isEmpty() || suffix(after)) {
                name = (before + " " + after).strip();
            } else if (!before.isEmpty()) {
                return new SplitName(after.replaceAll("\\s+", " "), before);
            } else {
                name = after;
            }
        }
        List<String> words = new ArrayList<>(Arrays.asList(name.split("\\s+")));
        List<String> last = new ArrayList<>();
        while (words.size() > 1 && suffix(words.get(words.size() - 1))) {
            last.add(0, words.remove(words.size() - 1));
        }
        last.add(0, words.remove(words.size() - 1));
        while (words.size() > 1 && PARTICLES.contains(words.get(words.size() - 1))) {
            last.add(0, words.remove(words.size() - 1));
        }
        return new SplitName(words.isEmpty() ? null : String.join(" ", words), String.join(" ", last));
    }

    private static boolean suffix(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SUFFIXES.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }
}
