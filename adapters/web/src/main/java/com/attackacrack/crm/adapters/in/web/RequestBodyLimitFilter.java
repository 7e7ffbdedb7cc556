package com.attackacrack.crm.adapters.in.web;

import com.attackacrack.crm.adapters.in.web.error.FriendlyHttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Holds every request body to the form limit ({@code MAX_REQUEST_BODY_BYTES}) except on the few routes that take
 * files: the server's own payload limit is set to the largest file those accept. A declared body over the limit gets
 * the 413 page before anything reads it; a body of unknown length (chunked) is counted as it is read and gets the 413
 * page as soon as it passes the limit.
 */
public final class RequestBodyLimitFilter implements io.helidon.webserver.http.Filter {

    private final long limit;
    private final Set<String> fileRoutes;

    /** A filter allowing {@code limit} bytes everywhere but on the exact paths in {@code fileRoutes}. */
    public RequestBodyLimitFilter(long limit, Set<String> fileRoutes) {
        this.limit = limit;
        this.fileRoutes = Set.copyOf(Objects.requireNonNull(fileRoutes, "fileRoutes"));
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (!fileRoutes.contains(request.prologue().uriPath().path())) {
            OptionalLong length = request.headers().contentLength();
            if (length.isPresent() && length.getAsLong() > limit) {
                throw tooLarge(limit);
            }
            if (length.isEmpty()) {
                request.streamFilter(in -> new LimitedInputStream(in, limit));
            }
        }
        chain.proceed();
    }

    private static FriendlyHttpException tooLarge(long limit) {
        return new FriendlyHttpException(Status.REQUEST_ENTITY_TOO_LARGE_413, "The request is larger than "
                + limit / 1024 + " KiB, the most this page accepts.");
    }

    /** Passes at most {@code limit} bytes through, then refuses the request with 413. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) {
            read += bytes;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
