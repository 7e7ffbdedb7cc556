package com.attackacrack.crm.adapters.in.web.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A test browser on a {@link TestServer}: keeps the cookies the server sets (an expiry in 1970 deletes), sends them back,
 * and posts forms the way
 * the CRM's pages do (same Origin, the {@code _csrf} field from the session or the anonymous CSRF cookie).
 */
public final class Browser {

    public static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final TestServer server;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String sessionCsrfToken;

    Browser(TestServer server) {
        this.server = server;
    }

    Browser signedInWith(String cookieName, String sessionToken, String csrfToken) {
        cookies.put(cookieName, sessionToken);
        this.sessionCsrfToken = csrfToken;
        return this;
    }

    public Browser withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The token this browser's forms carry: the session's when signed in, else the anonymous CSRF cookie. */
    public String csrfToken() {
        return sessionCsrfToken != null ? sessionCsrfToken : cookies.getOrDefault(server.cookies().csrfCookieName(), "");
    }

    public HttpResponse<String> get(String path) {
        return get(path, HTML);
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** Posts the form as the app's own page would: same Origin, with the CSRF field. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.putIfAbsent("_csrf", csrfToken());
        return send(formRequest(path, withToken).header("Origin", server.origin()));
    }

    /** A form post with exactly these fields and no Origin header: add headers to it for CSRF tests. */
    public HttpRequest.Builder formRequest(String path, Map<String, String> form) {
        return request(path).header("Accept", HTML).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri(path));
    }

    /** Sends with this browser's cookies and keeps the cookies the answer sets. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(it -> it.getKey() + "=" + it.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = server.send(request.build());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (setCookie.contains("Expires=Thu, 1 Jan 1970") || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(it -> URLEncoder.encode(it.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(it.getValue(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
