package com.attackacrack.crm.domain.user;

import com.attackacrack.crm.domain.shared.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The password rules, checked at invite acceptance and password change; every broken rule is reported, not just the first. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt ignores everything after 72 bytes. */
    public static final int MAX_BYTES = 72;
    private static final int MIN_EMAIL_NAME_TO_CHECK = 3;

    private final Predicate<String> isCommon;

    /** {@code isCommon} answers whether a password is on the bundled list of common passwords. */
    public PasswordPolicy(Predicate<String> isCommon) {
        this.isCommon = isCommon;
    }

    public List<PasswordProblem> check(String password, EmailAddress email) {
        String candidate = password == null ? "" : password;
        List<PasswordProblem> problems = new ArrayList<>();
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (candidate.codePoints().noneMatch(Character::isUpperCase)) {
            problems.add(PasswordProblem.NO_UPPER_CASE);
        }
        if (candidate.codePoints().noneMatch(Character::isLowerCase)) {
            problems.add(PasswordProblem.NO_LOWER_CASE);
        }
        if (candidate.codePoints().noneMatch(Character::isDigit)) {
            problems.add(PasswordProblem.NO_DIGIT);
        }
        if (candidate.codePoints().allMatch(Character::isLetterOrDigit)) {
            problems.add(PasswordProblem.NO_SYMBOL);
        }
        if (email != null && containsEmailName(candidate, email)) {
            problems.add(PasswordProblem.CONTAINS_EMAIL_NAME);
        }
        if (!candidate.isEmpty() && isCommon.test(candidate)) {
            problems.add(PasswordProblem.COMMON);
        }
        return List.copyOf(problems);
    }

    /** Throws {@link InvalidPasswordException} listing every problem, or returns when the password is acceptable. */
    public void require(String password, EmailAddress email) {
        List<PasswordProblem> problems = check(password, email);
        if (!problems.isEmpty()) {
            throw new InvalidPasswordException(problems);
        }
    }

    private static boolean containsEmailName(String password, EmailAddress email) {
        String name = email.localPart().toLowerCase(Locale.ROOT);
        return name.length() >= MIN_EMAIL_NAME_TO_CHECK && password.toLowerCase(Locale.ROOT).contains(name);
    }
}
