package com.attackacrack.crm.adapters.in.web.integration;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.settings.Times;
import com.attackacrack.crm.application.port.in.integration.GetIntegrationStatusUseCase;
import com.attackacrack.crm.application.port.in.integration.IntegrationStatus;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings, Integrations (MANAGE_INTEGRATIONS): the OpenPhone setup as configured (which settings are set, never a
 * secret value), the webhook URL to paste into OpenPhone, and what the webhook has stored so far.
 */
public final class IntegrationsController implements HttpService {

    /** The integrations page. */
    public static final String PATH = "/settings/integrations";

    private static final Access INTEGRATIONS = Access.permission(Permission.MANAGE_INTEGRATIONS);

    private final GetIntegrationStatusUseCase status;
    private final TemplateRenderer renderer;
    private final Times times = new Times();

    /**
     * The integrations routes.
     *
     * @param status   the OpenPhone integration's status
     * @param renderer the page renderer
     */
    public IntegrationsController(GetIntegrationStatusUseCase status, TemplateRenderer renderer) {
        this.status = Objects.requireNonNull(status, "status");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules).get(PATH, INTEGRATIONS, this::page);
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
        Map<String, Object> model = new HashMap<>();
        model.put("openPhone", openPhone);
        renderer.send(request, response, "settings/integrations", model);
    }
}
