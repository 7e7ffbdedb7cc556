package com.attackacrack.crm.domain.user;

/** One password rule that a candidate password breaks, with the sentence shown on the form. */
public enum PasswordProblem {
    TOO_SHORT("Use at least " + PasswordPolicy.MIN_LENGTH + " characters."),
    TOO_LONG("Use at most " + PasswordPolicy.MAX_BYTES + " bytes (fewer characters if you use accents or emoji)."),
    NO_UPPER_CASE("Include an upper-case letter."),
    NO_LOWER_CASE("Include a lower-case letter."),
    NO_DIGIT("Include a digit."),
    NO_SYMBOL("Include a symbol such as ! ? # or %."),
    CONTAINS_EMAIL_NAME("Do not include the part of your email address before the @."),
    COMMON("This password is on a list of commonly used passwords; choose another.");

    private final String message;

    PasswordProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
