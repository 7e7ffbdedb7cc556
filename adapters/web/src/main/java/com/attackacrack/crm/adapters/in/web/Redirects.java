package com.attackacrack.crm.adapters.in.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/** Redirect answers: 303 See Other after a form post (Post/Redirect/Get), 302 Found otherwise. Never cached. */
public final class Redirects {

    private Redirects() {
    }

    /** 303 to the location: the browser follows with a GET, so a reload does not post the form again. */
    public static void seeOther(ServerResponse response, String location) {
        send(response, Status.SEE_OTHER_303, location);
    }

    /** 302 to the location. */
    public static void found(ServerResponse response, String location) {
        send(response, Status.FOUND_302, location);
    }

    private static void send(ServerResponse response, Status status, String location) {
        response.status(status);
        response.header(HeaderNames.LOCATION, location);
        response.header(TemplateRenderer.NO_STORE);
        response.send();
    }
}
