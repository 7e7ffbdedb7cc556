package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.in.web.auth.RouteCatalog.Route;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpService;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteCatalogTest {

    private static final Handler NOTHING = (request, response) -> response.send();
    private static final Access USE_CRM = Access.permission(Permission.USE_CRM);

    private final HttpService contacts = rules -> SecuredRoutes.on(rules)
            .get("/contacts", Access.permission(Permission.USE_CRM), NOTHING)
            .get("/contacts/{id}", Access.permission(Permission.USE_CRM), NOTHING)
            .post("/contacts/{id}/delete", Access.permission(Permission.USE_CRM), NOTHING)
            .get("/", Access.signedIn(), NOTHING)
            .get("/login", Access.anyone(), NOTHING);

    @Test
    void recordsMethodPathAndAccessOfSecuredRoutesInOrder() {
        RouteCatalog catalog = RouteCatalog.record(rules -> rules.register(contacts));

        assertThat(catalog.routes()).containsExactly(
                new Route("GET", "/contacts", "permission USE_CRM", USE_CRM),
                new Route("GET", "/contacts/{id}", "permission USE_CRM", USE_CRM),
                new Route("POST", "/contacts/{id}/delete", "permission USE_CRM", USE_CRM),
                new Route("GET", "/", "signed in", Access.signedIn()),
                new Route("GET", "/login", "anyone", Access.anyone()));
    }

    @Test
    void describesRoutesRegisteredWithoutSecuredRoutesFromThePublicAllowList() {
        HttpService webhook = rules -> rules.post("/webhooks/openphone", NOTHING);
        HttpService assets = rules -> rules.route(Method.predicate(Method.GET, Method.HEAD), PathMatchers.any(), NOTHING);
        HttpService unguarded = rules -> rules.get("/reports", NOTHING);

        RouteCatalog catalog = RouteCatalog.record(rules -> rules.register(webhook).register("/static", assets)
                .register(unguarded));

        assertThat(catalog.routes()).containsExactly(
                new Route("POST", "/webhooks/openphone", "anyone (signed by the sender)", null),
                new Route("GET", "/static/*", "anyone", null),
                new Route("GET", "/reports", "signed in", null));
        assertThat(catalog.routes()).allSatisfy(route -> assertThat(route.declared()).isNull());
    }

    @Test
    void recordsTheRoutesOfAListOfServicesWithTheirDeclaredAccess() {
        HttpService reports = rules -> rules.register("/reports", r -> SecuredRoutes.on(r)
                .get("/{id}", Access.permission(Permission.MANAGE_USERS), NOTHING));
        HttpService unguarded = rules -> rules.get("/raw", NOTHING);

        RouteCatalog catalog = RouteCatalog.of(List.of(contacts, reports, unguarded));

        assertThat(catalog.routes()).hasSize(7);
        assertThat(catalog.find("GET", "/reports/7")).hasValue(new Route("GET", "/reports/{id}", "permission MANAGE_USERS",
                new Access.Requires(Permission.MANAGE_USERS)));
        assertThat(catalog.find("GET", "/raw").orElseThrow().declared()).isNull();
        assertThat(catalog.lines()).isEqualTo(RouteCatalog.record(rules -> rules.register(contacts, reports, unguarded))
                .lines());
    }

    @Test
    void keepsTheFirstRegistrationOfAMethodAndPath() {
        HttpService again = rules -> SecuredRoutes.on(rules).get("/contacts", Access.signedIn(), NOTHING);

        RouteCatalog catalog = RouteCatalog.record(rules -> rules.register(contacts, again));

        assertThat(catalog.routes()).filteredOn(route -> route.path().equals("/contacts"))
                .containsExactly(new Route("GET", "/contacts", "permission USE_CRM", USE_CRM));
    }

    @Test
    void findsTheRouteForAConcretePath() {
        RouteCatalog catalog = RouteCatalog.record(rules -> rules.register(contacts)
                .register("/static", r -> r.route(Method.predicate(Method.GET), PathMatchers.any(), NOTHING)));

        assertThat(catalog.find("POST", "/contacts/42/delete")).map(Route::path).hasValue("/contacts/{id}/delete");
        assertThat(catalog.find("GET", "/contacts/42")).map(Route::path).hasValue("/contacts/{id}");
        assertThat(catalog.find("get", "/static/css/app.css")).map(Route::path).hasValue("/static/*");
        assertThat(catalog.find("GET", "/contacts/42/delete")).isEmpty();
        assertThat(catalog.find("POST", "/contacts/42")).isEmpty();
        assertThat(catalog.find("GET", "/contacts/")).isEmpty();
    }

    @Test
    void printsOneAlignedLinePerRoute() {
        RouteCatalog catalog = RouteCatalog.record(rules -> rules.register(contacts));

        assertThat(catalog.lines()).containsExactly(
                "GET    /contacts              permission USE_CRM",
                "GET    /contacts/{id}         permission USE_CRM",
                "POST   /contacts/{id}/delete  permission USE_CRM",
                "GET    /                      signed in",
                "GET    /login                 anyone");
    }

    @Test
    void refusesARouteItCannotRead() {
        HttpService opaque = rules -> rules.route(HttpRoute.builder().methods(Method.GET).path("/x").handler(NOTHING).build());

        assertThatThrownBy(() -> RouteCatalog.record(rules -> rules.register(opaque)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
