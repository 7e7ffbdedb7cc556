package com.attackacrack.crm.adapters.in.web.support;

import io.helidon.http.BadRequestException;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Test-only routes that fail on purpose or read the request body. */
public final class TestRoutes implements HttpService {

    public static final String SECRET = "db password is hunter2";

    @Override
    public void routing(HttpRules rules) {
        rules.get("/test/boom", this::boom)
                .get("/test/bad-request", this::badRequest)
                .get("/test/unavailable", this::unavailable)
                .post("/test/echo", this::echo);
    }

    private void boom(ServerRequest request, ServerResponse response) {
        throw new IllegalStateException(SECRET);
    }

    private void badRequest(ServerRequest request, ServerResponse response) {
        throw new BadRequestException(SECRET);
    }

    private void unavailable(ServerRequest request, ServerResponse response) {
        throw new HttpException(SECRET, Status.SERVICE_UNAVAILABLE_503);
    }

    private void echo(ServerRequest request, ServerResponse response) {
        response.send(request.content().as(String.class));
    }
}
