package com.attackacrack.crm.application.port.out;

/**
 * Reading the provider's history failed: {@link #stopsRun()} is true when every further request would fail the same
 * way (the API key was refused, the sending line is unknown), false for a failure of this one request (the provider
 * stayed unavailable after the retries, an answer could not be read).
 */
public final class ProviderHistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean stopsRun;

    private ProviderHistoryException(String message, boolean stopsRun) {
        super(message);
        this.stopsRun = stopsRun;
    }

    /** The provider refused the credentials (401/403), or the configuration cannot work: stop the run. */
    public static ProviderHistoryException fatal(String message) {
        return new ProviderHistoryException(message, true);
    }

    /** This request failed; the next one may work. */
    public static ProviderHistoryException failed(String message) {
        return new ProviderHistoryException(message, false);
    }

    /** True when no further request can succeed, so the caller should stop. */
    public boolean stopsRun() {
        return stopsRun;
    }
}
