package com.attackacrack.crm.adapters.in.web.home;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.error.ErrorPages;
import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /} (signed-in users): the landing page with the live system status and what is coming next. */
public final class HomeController implements HttpService {

    private static final Logger LOG = LoggerFactory.getLogger(HomeController.class);

    private final CheckSystemHealthUseCase checkSystemHealth;
    private final TemplateRenderer renderer;

    /** A home page showing the use case's live health verdict. */
    public HomeController(CheckSystemHealthUseCase checkSystemHealth, TemplateRenderer renderer) {
        this.checkSystemHealth = Objects.requireNonNull(checkSystemHealth, "checkSystemHealth");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules).get("/", Access.signedIn(), this::index);
    }

    private void index(ServerRequest request, ServerResponse response) {
        Map<String, Object> model = new HashMap<>();
        try {
            model.put("system", SystemStatusView.from(checkSystemHealth.check()));
        } catch (RuntimeException e) {
            String reference = ErrorPages.newReference();
            LOG.error("System status unavailable for the home page reference={}", reference, e);
            model.put("statusReference", reference);
        }
        renderer.send(request, response, "home/index", model);
    }
}
