package com.attackacrack.crm.adapters.in.web.system;

import com.attackacrack.crm.adapters.in.web.JsonResponses;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: the system's health as JSON for load balancers and operators, 200 when healthy, else 503. */
public final class HealthController implements HttpService {

    /** Path of the health endpoint. */
    public static final String PATH = "/health";

    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

    private final CheckSystemHealthUseCase checkSystemHealth;
    private final String appVersion;
    private final Clock clock;

    /** A controller answering with the use case's verdict; {@code appVersion} is reported when the check itself fails. */
    public HealthController(CheckSystemHealthUseCase checkSystemHealth, String appVersion, Clock clock) {
        this.checkSystemHealth = Objects.requireNonNull(checkSystemHealth, "checkSystemHealth");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules).get(PATH, Access.anyone(), this::health);
    }

    private void health(ServerRequest request, ServerResponse response) {
        HealthView view;
        try {
            view = HealthView.from(checkSystemHealth.check());
        } catch (RuntimeException e) {
            LOG.error("Health check failed", e);
            view = HealthView.failed(appVersion, clock.instant());
        }
        response.header("Cache-Control", "no-store");
        JsonResponses.send(response, view.up() ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503, view);
    }
}
