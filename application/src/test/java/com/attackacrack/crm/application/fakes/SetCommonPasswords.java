package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.CommonPasswords;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Test fake of {@link CommonPasswords} over a small set, compared case-insensitively. */
public final class SetCommonPasswords implements CommonPasswords {

    /** A common password that breaks no other rule (12+ characters, upper, lower, digit, symbol). */
    public static final String STRONG_BUT_COMMON = "Password123!";

    private final Set<String> lowerCased;

    /** The default list: a few classics plus {@link #STRONG_BUT_COMMON}. */
    public SetCommonPasswords() {
        this("password", "123456", "qwerty", "letmein", "iloveyou", STRONG_BUT_COMMON, "Welcome2024!");
    }

    public SetCommonPasswords(String... passwords) {
        this.lowerCased = Arrays.stream(passwords).map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean contains(String password) {
        return password != null && lowerCased.contains(password.toLowerCase(Locale.ROOT));
    }
}
