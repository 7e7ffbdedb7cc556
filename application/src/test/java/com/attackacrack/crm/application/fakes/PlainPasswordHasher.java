package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.PasswordHasher;
import java.util.ArrayList;
import java.util.List;

/** Test fake of {@link PasswordHasher}: "plain:" + password, instant; foreign formats never match; checks are recorded. */
public final class PlainPasswordHasher implements PasswordHasher {

    public static final String PREFIX = "plain:";

    private final List<String> checkedHashes = new ArrayList<>();

    @Override
    public String hash(String password) {
        return PREFIX + password;
    }

    @Override
    public synchronized boolean matches(String password, String hash) {
        checkedHashes.add(hash);
        return password != null && hash != null && hash.startsWith(PREFIX) && hash.equals(PREFIX + password);
    }

    /** Every hash {@link #matches} was asked about, in order. */
    public synchronized List<String> checkedHashes() {
        return List.copyOf(checkedHashes);
    }
}
