package com.attackacrack.crm.adapters.in.web.error;

import io.helidon.http.HttpException;
import io.helidon.http.Status;
import java.util.Objects;

/** An HTTP error whose message is written for people and shown on the error page (unlike other exceptions' messages). */
public class FriendlyHttpException extends HttpException {

    private static final long serialVersionUID = 1L;

    private final String userMessage;

    /** An error with the status and the sentence the error page shows. */
    public FriendlyHttpException(Status status, String userMessage) {
        super(userMessage, status, true);
        this.userMessage = Objects.requireNonNull(userMessage, "userMessage");
    }

    /** The sentence shown to the person. */
    public String userMessage() {
        return userMessage;
    }
}
