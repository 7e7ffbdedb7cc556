package com.attackacrack.crm.adapters.in.web;

import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One-shot messages shown on the page a form redirects to (Post/Redirect/Get). Stored in a short-lived HttpOnly cookie
 * ({@code crm_flash}, {@code __Host-} in production, two minutes) as URL-safe Base64 JSON, read and cleared by the next
 * page. Nothing is kept on the server, so any web instance can show it.
 */
public final class Flash {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_ENCODED_LENGTH = 3_000;
    private static final Set<String> LEVELS = Set.of("success", "info", "warning", "danger");

    private final WebCookies cookies;

    /** Flash messages kept in the given cookies. */
    public Flash(WebCookies cookies) {
        this.cookies = Objects.requireNonNull(cookies, "cookies");
    }

    /**
     * A message for the next page.
     *
     * @param level    Bootstrap alert level: {@code success}, {@code warning} or {@code danger}
     * @param text     what happened, for people
     * @param link     a link to show in a copyable field (an invite link the mail could not deliver), or null
     * @param linkNote why the link is shown, or null
     */
    public record Message(String level, String text, String link, String linkNote) {

        public Message {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(text, "text");
        }

        /** A green confirmation. */
        public static Message success(String text) {
            return new Message("success", text, null, null);
        }
    }

    /** Leaves the message for the next page. */
    public void put(ServerResponse response, Message message) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(message);
            cookies.setFlash(response, Base64.getUrlEncoder().withoutPadding().encodeToString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode flash message", e);
        }
    }

    /** The message left by the previous request, if any; it is cleared so a reload does not show it again. */
    public Optional<Message> take(ServerRequest request, ServerResponse response) {
        Optional<String> raw = cookies.flash(request);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        cookies.clearFlash(response);
        if (raw.get().length() > MAX_ENCODED_LENGTH) {
            return Optional.empty();
        }
        try {
            Message message = MAPPER.readValue(new String(Base64.getUrlDecoder().decode(raw.get()), StandardCharsets.UTF_8),
                    Message.class);
            return LEVELS.contains(message.level()) ? Optional.of(message) : Optional.empty();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
