package com.attackacrack.crm.adapters.in.web;

import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per request on {@code crm.access}: method, path without the query string (it may carry tokens) and with
 * invite tokens redacted, status, duration, response bytes and remote address, as key=value pairs.
 */
public final class AccessLogFilter implements Filter {

    /** The logger name operators filter on. */
    public static final String LOGGER_NAME = "crm.access";

    private static final Logger ACCESS = LoggerFactory.getLogger(LOGGER_NAME);
    private static final int MAX_PATH_LENGTH = 512;
    private static final Pattern INVITE_TOKEN = Pattern.compile("^/invite/[^/]+");

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        int refused = -1;
        try {
            chain.proceed();
        } catch (RuntimeException e) {
            // A later filter refused the request (CSRF, body limit): its error page is drawn after this line is logged.
            refused = statusOf(e);
            throw e;
        } finally {
            log(request.prologue().method().text(),
                    request.prologue().uriPath().rawPath(),
                    refused >= 0 ? refused : response.status().code(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    response.bytesWritten(),
                    ClientAddressFilter.of(request));
        }
    }

    /**
     * Writes one access line; also used for answers given before routing (e.g. an oversized body).
     * A negative duration or byte count is logged as {@code -} (unknown).
     */
    public static void log(String method, String path, int status, long durationMillis, long bytes, String remote) {
        if (ACCESS.isInfoEnabled()) {
            ACCESS.info("method={} path={} status={} durationMs={} bytes={} remote={}",
                    clean(method), clean(path), status, orDash(durationMillis), orDash(bytes), clean(remote));
        }
    }

    /**
     * A path fit for a log line: no query string, control characters and spaces replaced, invite tokens redacted
     * ({@code /invite/<token>} becomes {@code /invite/...}), and cut when very long.
     */
    public static String safePath(String path) {
        return clean(path);
    }

    /** The status the error handlers answer this failure with. */
    private static int statusOf(RuntimeException failure) {
        if (failure instanceof HttpException http) {
            return http.status().code();
        }
        if (failure instanceof BusinessRuleException refused) {
            return BusinessRuleErrorHandler.status(refused.kind()).code();
        }
        return Status.INTERNAL_SERVER_ERROR_500.code();
    }

    private static Object orDash(long value) {
        return value >= 0 ? value : "-";
    }

    private static String clean(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        String withoutQuery = value.indexOf('?') >= 0 ? value.substring(0, value.indexOf('?')) : value;
        String printable = INVITE_TOKEN.matcher(withoutQuery.replaceAll("[\\p{Cntrl}\\s]", "_")).replaceFirst("/invite/...");
        return printable.length() > MAX_PATH_LENGTH ? printable.substring(0, MAX_PATH_LENGTH) + "..." : printable;
    }
}
