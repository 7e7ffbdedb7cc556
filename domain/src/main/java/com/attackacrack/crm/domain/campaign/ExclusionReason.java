package com.attackacrack.crm.domain.campaign;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a contact in the audience is not sent to: suppressed (texted STOP), do not contact (opted out by hand), no valid
 * phone, texted recently, already in another running campaign, or a template token that does not resolve for them
 * (the token is the detail). {@link #text()} is what people read, e.g. "unresolved {first_name}".
 */
public record ExclusionReason(Kind kind, String detail) {

    /** The kinds of exclusion, in the order previews list them. */
    public enum Kind {
        SUPPRESSED("suppressed"),
        DO_NOT_CONTACT("do not contact"),
        NO_VALID_PHONE("no valid phone"),
        RECENTLY_TEXTED("texted recently"),
        IN_ANOTHER_CAMPAIGN("in another running campaign"),
        UNRESOLVED_TOKEN("unresolved token");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The words shown for this kind. */
        public String label() {
            return label;
        }

        /** The stored word. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ExclusionReason {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.UNRESOLVED_TOKEN && (detail == null || detail.isBlank())) {
            throw new IllegalArgumentException("an unresolved-token exclusion names the token");
        }
    }

    /** A reason without detail. */
    public static ExclusionReason of(Kind kind) {
        return new ExclusionReason(kind, null);
    }

    /** The token that did not resolve, e.g. {@code first_name}. */
    public static ExclusionReason unresolved(String token) {
        return new ExclusionReason(Kind.UNRESOLVED_TOKEN, token);
    }

    /** What people read: "suppressed", "unresolved {first_name}", ... */
    public String text() {
        return kind == Kind.UNRESOLVED_TOKEN ? "unresolved {" + detail + "}" : kind.label();
    }
}
