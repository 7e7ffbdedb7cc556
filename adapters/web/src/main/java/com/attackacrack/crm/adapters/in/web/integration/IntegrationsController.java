package com.attackacrack.crm.adapters.in.web.integration;

import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.adapters.in.web.settings.Times;
import com.attackacrack.crm.application.port.in.integration.GetIntegrationStatusUseCase;
import com.attackacrack.crm.application.port.in.integration.IntegrationStatus;
import com.attackacrack.crm.application.port.in.webhook.ListDeadLettersUseCase;
import com.attackacrack.crm.application.port.in.webhook.ReplayWebhookUseCase;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.Permission;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings, Integrations (MANAGE_INTEGRATIONS): the OpenPhone setup as configured (which settings are set, never a
 * secret value), the webhook URL to paste into OpenPhone, what the webhook has stored so far, and the dead letters
 * (events whose processing failed on every attempt) with a button to replay each.
 */
public final class IntegrationsController implements HttpService {

    /** The integrations page. */
    public static final String PATH = "/settings/integrations";

    /** How many dead letters the page lists. */
    public static final int DEAD_LETTER_LIMIT = 100;

    private static final int ERROR_PREVIEW = 80;
    private static final Access INTEGRATIONS = Access.permission(Permission.MANAGE_INTEGRATIONS);

    private final GetIntegrationStatusUseCase status;
    private final ListDeadLettersUseCase deadLetters;
    private final ReplayWebhookUseCase replay;
    private final TemplateRenderer renderer;
    private final Flash flash;
    private final Times times = new Times();

    /**
     * A dead letter as its table row shows it.
     *
     * @param id         the stored event's row id (the replay URL)
     * @param eventId    the provider's event id
     * @param type       the event type
     * @param received   when it was received, for people
     * @param receivedIso when it was received, ISO-8601
     * @param attempts   how many processing attempts were made
     * @param error      the last error, cut short
     * @param errorFull  the whole last error (the cell's title)
     */
    public record DeadLetterView(long id, String eventId, String type, String received, String receivedIso, int attempts,
                                 String error, String errorFull) {

        /** The row of a stored event. */
        public static DeadLetterView from(StoredWebhookEvent stored, Times times) {
            String error = stored.lastError() == null ? "" : stored.lastError().strip();
            String shortError = error.length() > ERROR_PREVIEW ? error.substring(0, ERROR_PREVIEW) + "…" : error;
            return new DeadLetterView(stored.id(), stored.event().eventId(), stored.event().type(),
                    times.human(stored.event().receivedAt()), stored.event().receivedAt().toString(), stored.attempts(),
                    shortError, error);
        }
    }

    /**
     * The integrations routes.
     *
     * @param status      the OpenPhone integration's status
     * @param deadLetters the webhook events whose processing failed for good
     * @param replay      sends a stored event through processing again
     * @param renderer    the page renderer
     * @param cookies     the server's cookies ({@code WebSecurity.cookies()}), for flash messages
     */
    public IntegrationsController(GetIntegrationStatusUseCase status, ListDeadLettersUseCase deadLetters,
                                  ReplayWebhookUseCase replay, TemplateRenderer renderer, WebCookies cookies) {
        this.status = Objects.requireNonNull(status, "status");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.replay = Objects.requireNonNull(replay, "replay");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, INTEGRATIONS, this::page)
                .post(PATH + "/dead-letters/{id}/replay", INTEGRATIONS, this::replay);
    }

    private void page(ServerRequest request, ServerResponse response) {
        IntegrationStatus current = status.status();
        Map<String, Object> openPhone = new HashMap<>();
        openPhone.put("apiKeyConfigured", current.apiKeyConfigured());
        openPhone.put("sendingNumberConfigured", current.sendingNumberConfigured());
        if (current.sendingNumber() != null) {
            openPhone.put("sendingNumber", current.sendingNumber());
        }
        openPhone.put("signingKeyConfigured", current.signingKeyConfigured());
        openPhone.put("webhookUrl", current.webhookUrl());
        current.lastVerifiedEventAt().ifPresent(at -> {
            openPhone.put("lastVerifiedEvent", times.human(at));
            openPhone.put("lastVerifiedEventIso", at.toString());
        });
        openPhone.put("eventsStored", String.format(Locale.ENGLISH, "%,d", current.eventsStored()));
        openPhone.put("deliveriesRejected", String.format(Locale.ENGLISH, "%,d", current.deliveriesRejected()));
        List<DeadLetterView> dead = deadLetters.deadLetters(DEAD_LETTER_LIMIT).stream()
                .map(it -> DeadLetterView.from(it, times)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("openPhone", openPhone);
        model.put("deadLetters", dead);
        model.put("deadLetterLimit", DEAD_LETTER_LIMIT);
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "settings/integrations", model);
    }

    private void replay(ServerRequest request, ServerResponse response) {
        long id = PathIds.of(request, "id");
        try {
            StoredWebhookEvent replayed = replay.replay(id);
            flash.put(response, Flash.Message.success("Event " + replayed.event().eventId() + " queued for processing again"));
        } catch (BusinessRuleException e) {
            flash.put(response, new Flash.Message("danger", e.getMessage(), null, null));
        }
        Redirects.seeOther(response, PATH + "#dead-letters");
    }
}
