package com.attackacrack.crm.domain.campaign;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A campaign message with personalisation tokens: {@code {first_name}}, {@code {last_name}}, {@code {full_name}},
 * {@code {property_address}}, {@code {city}}, {@code {state}}, {@code {zip}}, each optionally with a fallback
 * ({@code {first_name|there}}). Parsing refuses unknown tokens and unclosed braces, naming them. Rendering substitutes
 * each token with the recipient's value (trimmed), else its fallback; when neither exists the result names the
 * unresolved token and nothing is rendered, so a raw token can never be sent.
 *
 * <p>Token names are lower case; spaces inside the braces are ignored ({@code { first_name | there }} is
 * {@code {first_name|there}}). A fallback may not be empty ({@code {first_name|}} is refused: leave out the bar
 * instead) and has at most one bar. Braces always delimit tokens: a message cannot contain a literal brace.
 * Values are used as given, so {@code {full_name}} is whatever the caller passes for it.
 */
public final class MessageTemplate {

    /** The tokens a template may use. */
    public static final Set<String> TOKENS = Set.of("first_name", "last_name", "full_name", "property_address", "city",
            "state", "zip");

    /** The most characters (Unicode code points) a template may have. */
    public static final int MAX_LENGTH = 1600;

    private static final List<String> TOKEN_ORDER = List.of("first_name", "last_name", "full_name",
            "property_address", "city", "state", "zip");
    private static final String TOKEN_LIST = TOKEN_ORDER.stream().map(t -> "{" + t + "}")
            .collect(Collectors.joining(", "));
    private static final String NO_LITERAL_BRACES = "braces only mark tokens such as {first_name}; a message cannot "
            + "contain a literal { or }";

    private final String text;
    private final List<Part> parts;
    private final Set<String> tokens;

    private MessageTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
        Set<String> used = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part.token() != null) {
                used.add(part.token());
            }
        }
        this.tokens = Collections.unmodifiableSet(used);
    }

    /** Parses and checks the text (1 to 1,600 characters); BusinessRuleException INVALID naming the problem. */
    public static MessageTemplate parse(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessRuleException.invalid("Write a message: it is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            throw BusinessRuleException.invalid("The message is " + length + " characters long; the limit is "
                    + String.format(Locale.ROOT, "%,d", MAX_LENGTH));
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                throw BusinessRuleException.invalid("Unopened } at character " + position(text, i) + ": "
                        + NO_LITERAL_BRACES);
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = closingBrace(text, i);
            if (literal.length() > 0) {
                parts.add(Part.literal(literal.toString()));
                literal.setLength(0);
            }
            parts.add(token(text.substring(i, close + 1)));
            i = close + 1;
        }
        if (literal.length() > 0) {
            parts.add(Part.literal(literal.toString()));
        }
        return new MessageTemplate(text, parts);
    }

    /** The template text as written. */
    public String text() {
        return text;
    }

    /** The tokens used, in order of first use. */
    public Set<String> tokens() {
        return tokens;
    }

    /** The message for a recipient whose token values are given (missing or blank values count as absent). */
    public Rendering render(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Part part : parts) {
            if (part.token() == null) {
                out.append(part.text());
                continue;
            }
            String value = values.get(part.token());
            if (value != null && !value.isBlank()) {
                out.append(value.strip());
            } else if (part.text() != null) {
                out.append(part.text());
            } else {
                return new Rendering(null, part.token());
            }
        }
        return new Rendering(out.toString(), null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageTemplate that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** The index of the brace closing the one at {@code open}; INVALID when another opens first or none does. */
    private static int closingBrace(String text, int open) {
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{') {
                break;
            }
        }
        throw BusinessRuleException.invalid("Unclosed { at character " + position(text, open) + ": close the token with }"
                + " (" + NO_LITERAL_BRACES + ")");
    }

    /** The token written as {@code written} (braces included), checked. */
    private static Part token(String written) {
        String inside = written.substring(1, written.length() - 1);
        int bar = inside.indexOf('|');
        String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
        if (name.isEmpty()) {
            throw BusinessRuleException.invalid("Empty token " + written + ": use one of " + TOKEN_LIST);
        }
        if (!TOKENS.contains(name)) {
            String lower = name.toLowerCase(Locale.ROOT);
            String hint = TOKENS.contains(lower) ? "tokens are lower case: write {" + lower + "}" : "use one of " + TOKEN_LIST;
            throw BusinessRuleException.invalid("Unknown token {" + name + "}: " + hint);
        }
        if (bar < 0) {
            return Part.token(name, null);
        }
        String fallback = inside.substring(bar + 1).strip();
        if (fallback.indexOf('|') >= 0) {
            throw BusinessRuleException.invalid("The token " + written + " has more than one |: write one fallback, as in {"
                    + name + "|there}");
        }
        if (fallback.isEmpty()) {
            throw BusinessRuleException.invalid("The token " + written + " has an empty fallback: write the text to use "
                    + "after the | (as in {" + name + "|there}) or leave out the |");
        }
        return Part.token(name, fallback);
    }

    /** The 1-based character (code point) position of the UTF-16 index {@code index}. */
    private static int position(String text, int index) {
        return text.codePointCount(0, index) + 1;
    }

    /** A piece of a template: literal text (token null) or a token with its fallback (text, null when none). */
    private record Part(String token, String text) {

        static Part literal(String text) {
            return new Part(null, text);
        }

        static Part token(String name, String fallback) {
            return new Part(name, fallback);
        }
    }

    /** A rendered message, or the first token that did not resolve (then {@code text} is null). */
    public record Rendering(String text, String unresolvedToken) {

        /** True when every token resolved. */
        public boolean resolved() {
            return unresolvedToken == null;
        }
    }
}
