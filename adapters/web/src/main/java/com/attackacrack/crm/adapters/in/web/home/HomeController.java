package com.attackacrack.crm.adapters.in.web.home;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.CurrentUsers;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.error.ErrorPages;
import com.attackacrack.crm.application.port.in.dashboard.GetDashboardUseCase;
import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /} (signed-in users): the dashboard, every figure computed from the database and linked to the list it
 * counts, plus a one-line system status for the viewers who may see the system page.
 */
public final class HomeController implements HttpService {

    private static final Logger LOG = LoggerFactory.getLogger(HomeController.class);

    private final CheckSystemHealthUseCase checkSystemHealth;
    private final GetDashboardUseCase getDashboard;
    private final TemplateRenderer renderer;

    /** A home page showing the dashboard and the live health verdict. */
    public HomeController(CheckSystemHealthUseCase checkSystemHealth, GetDashboardUseCase getDashboard,
                          TemplateRenderer renderer) {
        this.checkSystemHealth = Objects.requireNonNull(checkSystemHealth, "checkSystemHealth");
        this.getDashboard = Objects.requireNonNull(getDashboard, "getDashboard");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules).get("/", Access.signedIn(), this::index);
    }

    private void index(ServerRequest request, ServerResponse response) {
        CurrentUser viewer = CurrentUsers.require(request);
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        Arrays.stream(Permission.values()).filter(viewer::can).forEach(permissions::add);
        Map<String, Object> model = new HashMap<>();
        try {
            model.put("dashboard", DashboardView.from(getDashboard.dashboard(permissions)));
        } catch (RuntimeException e) {
            String reference = ErrorPages.newReference();
            LOG.error("Dashboard unavailable reference={}", reference, e);
            model.put("dashboardReference", reference);
        }
        if (permissions.contains(Permission.VIEW_SYSTEM)) {
            try {
                model.put("system", SystemStatusView.from(checkSystemHealth.check()));
            } catch (RuntimeException e) {
                String reference = ErrorPages.newReference();
                LOG.error("System status unavailable for the home page reference={}", reference, e);
                model.put("statusReference", reference);
            }
        }
        renderer.send(request, response, "home/index", model);
    }
}
