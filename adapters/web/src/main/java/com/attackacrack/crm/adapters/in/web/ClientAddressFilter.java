package com.attackacrack.crm.adapters.in.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Works out each request's client address once: the configured header of a trusted proxy when present and
 * well-formed (its first entry), else the TCP peer. Login throttling and the access log read it from here.
 */
public final class ClientAddressFilter implements Filter {

    private static final String CONTEXT_KEY = ClientAddressFilter.class.getName();
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Optional<String> header;

    public ClientAddressFilter(Optional<String> header) {
        this.header = header;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String fromProxy = header.flatMap(name -> request.headers().first(HeaderNames.create(name))).orElse(null);
        request.context().register(CONTEXT_KEY, resolve(fromProxy, request.remotePeer().host()));
        chain.proceed();
    }

    /** The request's client address as this filter resolved it (the TCP peer when the filter did not run). */
    public static String of(ServerRequest request) {
        return request.context().get(CONTEXT_KEY, String.class).orElseGet(() -> request.remotePeer().host());
    }

    static String resolve(String headerValue, String peer) {
        if (headerValue == null) {
            return peer;
        }
        String first = headerValue.split(",", 2)[0].trim();
        return ADDRESS.matcher(first).matches() ? first : peer;
    }
}
