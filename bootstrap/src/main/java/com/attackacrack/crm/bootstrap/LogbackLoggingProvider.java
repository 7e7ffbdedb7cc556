package com.attackacrack.crm.bootstrap;

import io.helidon.logging.common.spi.LoggingProvider;

/**
 * Tells Helidon that logging is already set up: {@link LoggingSetup} configures Logback and bridges
 * java.util.logging before the server starts, so Helidon has nothing to do (and prints no warning about it).
 */
public final class LogbackLoggingProvider implements LoggingProvider {

    @Override
    public void initialization() {
        // LoggingSetup.configure has already run in Main.
    }

    @Override
    public void runTime() {
        // Nothing changes at run time.
    }
}
