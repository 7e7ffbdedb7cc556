package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.user.Permission;
import io.helidon.common.uri.UriPath;
import com.attackacrack.crm.adapters.in.web.auth.RouteCatalog.Route;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpService;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecuredRoutesTest {

    @Test
    void declaresEachRouteWithItsAccess() {
        HttpService service = rules -> SecuredRoutes.on(rules)
                .get("/a", Access.signedIn(), (request, response) -> { })
                .post("/b", Access.permission(Permission.MANAGE_USERS), (request, response) -> { })
                .get("/login", Access.anyone(), (request, response) -> { });

        assertThat(RouteCatalog.of(List.of(service)).routes()).containsExactly(
                new Route("GET", "/a", "signed in", Access.signedIn()),
                new Route("POST", "/b", "permission MANAGE_USERS", new Access.Requires(Permission.MANAGE_USERS)),
                new Route("GET", "/login", "anyone", Access.anyone()));
    }

    @Test
    void refusesAnOpenRouteThatIsNotOnTheAllowList() {
        HttpService service = rules -> SecuredRoutes.on(rules).get("/debug", Access.anyone(), (request, response) -> { });

        assertThatThrownBy(() -> RouteCatalog.of(List.of(service)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /debug is open to anyone but not on the public allow-list");
        assertThatThrownBy(() -> RouteCatalog.of(List.of((HttpService) rules -> SecuredRoutes.on(rules)
                .post("/health", Access.anyone(), (request, response) -> { })))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theAllowListMatchesItsPathsAndMethods() {
        PublicRoutes routes = PublicRoutes.DEFAULT;

        assertThat(routes.match(Method.GET, UriPath.create("/login"))).hasValue(PublicRoutes.Mode.OPTIONAL);
        assertThat(routes.match(Method.POST, UriPath.create("/invite/abc"))).hasValue(PublicRoutes.Mode.OPTIONAL);
        assertThat(routes.match(Method.POST, UriPath.create("/webhooks/openphone/events"))).hasValue(PublicRoutes.Mode.SKIP);
        assertThat(routes.match(Method.GET, UriPath.create("/static/css/app.css"))).hasValue(PublicRoutes.Mode.SKIP);
        assertThat(routes.match(Method.GET, UriPath.create("/health"))).hasValue(PublicRoutes.Mode.SKIP);
        assertThat(routes.match(Method.POST, UriPath.create("/health"))).isEmpty();
        assertThat(routes.match(Method.DELETE, UriPath.create("/login"))).isEmpty();
        assertThat(routes.match(Method.GET, UriPath.create("/invite/abc/extra"))).isEmpty();
        assertThat(routes.match(Method.GET, UriPath.create("/loginx"))).isEmpty();
    }
}
