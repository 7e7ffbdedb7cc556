package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.TokenGenerator;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fake of {@link TokenGenerator} answering "token-1", "token-2", ... so tests can predict every token. */
public final class SequentialTokenGenerator implements TokenGenerator {

    private final AtomicInteger issued = new AtomicInteger();

    @Override
    public String newToken() {
        return "token-" + issued.incrementAndGet();
    }

    /** How many tokens were handed out. */
    public int issued() {
        return issued.get();
    }
}
