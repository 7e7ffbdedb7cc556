package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.auth.RouteCatalog.Route;
import com.attackacrack.crm.adapters.in.web.support.TestRoutes;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.domain.user.Permission;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Walks every route the server's controllers register and checks who can reach it. */
class RouteAccessTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void resetAccounts() {
        server.accounts().reset();
        server.contacts().reset();
        server.properties().reset();
        server.imports().reset();
        server.integrations().reset();
        server.conversations().reset();
        server.audiences().reset();
        server.campaigns().reset();
    }

    private static List<Route> allRoutes() {
        return RouteCatalog.of(server.controllers()).routes();
    }

    private static List<Route> productionRoutes() {
        return RouteCatalog.of(server.controllers().stream().filter(it -> !(it instanceof TestRoutes)).toList()).routes();
    }

    private static boolean open(Route route) {
        return route.declared() instanceof Access.Anyone;
    }

    private static boolean needs(Route route, Permission permission) {
        return route.declared() instanceof Access.Requires requires && requires.permission() == permission;
    }

    /** A concrete path for a pattern: every {@code {parameter}} becomes {@code 2} (the marketer's user id). */
    private static String path(Route route) {
        return route.path().replaceAll("\\{[^}]+}", "2");
    }

    private static HttpResponse<String> anonymous(Route route, String accept) {
        Browser browser = server.anonymous();
        HttpRequest.Builder request = browser.request(path(route)).header("Accept", accept).header("Origin", server.origin());
        return browser.send(route.method().equals("GET") ? request.GET()
                : request.method(route.method(), HttpRequest.BodyPublishers.ofString("a=b")));
    }

    @Test
    void theRouteListIsComplete() {
        assertThat(productionRoutes()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(allRoutes()).extracting(Route::path).contains("/test/boom");
    }

    @Test
    void everyProductionRouteDeclaresWhoMayUseIt() {
        assertThat(productionRoutes()).allSatisfy(route -> assertThat(route.declared()).as(route.toString()).isNotNull());
    }

    @Test
    void onlyTheAllowListedRoutesAreOpen() {
        assertThat(productionRoutes().stream().filter(RouteAccessTest::open).map(it -> it.method() + " " + it.path()))
                .containsExactlyInAnyOrder("GET /login", "POST /login", "GET /invite/{token}", "POST /invite/{token}", "GET /health");
        assertThat(PublicRoutes.DEFAULT.patterns())
                .containsExactly("/login", "/invite/{token}", "/webhooks/*", "/health", "/metrics", "/static/*");
    }

    private static boolean importRoute(Route route) {
        return route.path().equals("/settings/imports") || route.path().startsWith("/settings/imports/");
    }

    private static boolean integrationRoute(Route route) {
        return route.path().equals("/settings/integrations") || route.path().startsWith("/settings/integrations/");
    }

    private static boolean systemRoute(Route route) {
        return route.path().equals("/settings/system") || route.path().startsWith("/settings/system/");
    }

    @Test
    void theSystemPageNeedsViewSystem() {
        assertThat(productionRoutes().stream().filter(RouteAccessTest::systemRoute).map(it -> it.method() + " " + it.path()))
                .containsExactly("GET /settings/system");
        assertThat(productionRoutes().stream().filter(RouteAccessTest::systemRoute))
                .allSatisfy(route -> assertThat(needs(route, Permission.VIEW_SYSTEM)).as(route.toString()).isTrue());
    }

    @Test
    void everySettingsRouteNeedsManageUsersExceptTheImportIntegrationAndSystemRoutes() {
        assertThat(productionRoutes().stream()
                .filter(it -> it.path().startsWith("/settings") && !importRoute(it) && !integrationRoute(it) && !systemRoute(it)))
                .isNotEmpty()
                .allSatisfy(route -> assertThat(needs(route, Permission.MANAGE_USERS)).as(route.toString()).isTrue());
        assertThat(productionRoutes().stream().filter(RouteAccessTest::importRoute).map(it -> it.method() + " " + it.path()))
                .containsExactlyInAnyOrder("GET /settings/imports", "POST /settings/imports/upload", "GET /settings/imports/{id}",
                        "GET /settings/imports/{id}/progress", "GET /settings/imports/{id}/problems.csv",
                        "POST /settings/imports/{id}/rerun", "POST /settings/imports/{id}/mapping",
                        "GET /settings/imports/{id}/conflicts/resolve",
                        "POST /settings/imports/{id}/conflicts/resolve", "GET /settings/imports/conflicts",
                        "GET /settings/imports/conflicts/{id}", "POST /settings/imports/conflicts/{id}");
        assertThat(productionRoutes().stream().filter(RouteAccessTest::importRoute))
                .allSatisfy(route -> assertThat(needs(route, Permission.MANAGE_IMPORTS)).as(route.toString()).isTrue());
        assertThat(productionRoutes().stream().filter(RouteAccessTest::integrationRoute).map(it -> it.method() + " " + it.path()))
                .containsExactlyInAnyOrder("GET /settings/integrations", "POST /settings/integrations/dead-letters/{id}/replay");
        assertThat(productionRoutes().stream().filter(RouteAccessTest::integrationRoute))
                .allSatisfy(route -> assertThat(needs(route, Permission.MANAGE_INTEGRATIONS)).as(route.toString()).isTrue());
    }

    @Test
    void everyConversationRouteNeedsUseCrm() {
        assertThat(productionRoutes().stream().filter(it -> it.path().startsWith("/conversations"))
                .map(it -> it.method() + " " + it.path()))
                .containsExactlyInAnyOrder("GET /conversations", "GET /conversations/{contactId}",
                        "GET /conversations/{contactId}/timeline", "POST /conversations/{contactId}/reply");
        assertThat(productionRoutes().stream().filter(it -> it.path().startsWith("/conversations")))
                .allSatisfy(route -> assertThat(needs(route, Permission.USE_CRM)).as(route.toString()).isTrue());
    }

    @Test
    void everyListAndFilterRouteNeedsUseCrm() {
        assertThat(productionRoutes().stream().filter(it -> it.path().startsWith("/lists") || it.path().startsWith("/filters"))
                .map(it -> it.method() + " " + it.path()))
                .containsExactlyInAnyOrder("GET /lists", "POST /lists", "POST /lists/add-contacts",
                        "GET /lists/add-import/{importId}", "POST /lists/add-import/{importId}", "GET /lists/{id}",
                        "POST /lists/{id}/rename", "POST /lists/{id}/remove", "GET /lists/{id}/delete",
                        "POST /lists/{id}/delete", "GET /filters", "GET /filters/count", "GET /filters/new",
                        "POST /filters/new", "GET /filters/{id}", "POST /filters/{id}", "GET /filters/{id}/delete",
                        "POST /filters/{id}/delete");
        assertThat(productionRoutes().stream().filter(it -> it.path().startsWith("/lists") || it.path().startsWith("/filters")))
                .allSatisfy(route -> assertThat(needs(route, Permission.USE_CRM)).as(route.toString()).isTrue());
    }

    @Test
    void everyCampaignRouteNeedsUseCrm() {
        assertThat(productionRoutes().stream().filter(it -> it.path().startsWith("/campaigns"))
                .map(it -> it.method() + " " + it.path()))
                .containsExactlyInAnyOrder("GET /campaigns", "POST /campaigns", "GET /campaigns/new", "GET /campaigns/{id}",
                        "POST /campaigns/{id}", "GET /campaigns/{id}/edit", "GET /campaigns/{id}/preview",
                        "POST /campaigns/{id}/launch", "POST /campaigns/{id}/pause", "POST /campaigns/{id}/resume",
                        "POST /campaigns/{id}/cancel", "GET /campaigns/{id}/progress", "GET /campaigns/{id}/recipients.csv");
        assertThat(productionRoutes().stream().filter(it -> it.path().startsWith("/campaigns")))
                .allSatisfy(route -> assertThat(needs(route, Permission.USE_CRM)).as(route.toString()).isTrue());
    }

    @Test
    void everyContactAndPropertyRouteNeedsUseCrm() {
        assertThat(productionRoutes().stream().filter(it -> it.path().startsWith("/contacts") || it.path().startsWith("/properties")))
                .hasSizeGreaterThanOrEqualTo(21)
                .allSatisfy(route -> assertThat(needs(route, Permission.USE_CRM)).as(route.toString()).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> anonymousPageLoadsOffTheAllowListAreSentToTheLoginPage() {
        return allRoutes().stream().filter(route -> !open(route)).map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            HttpResponse<String> response = anonymous(route, Browser.HTML);

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/login");
        }));
    }

    @TestFactory
    Stream<DynamicTest> anonymousApiCallsOffTheAllowListGet401Json() {
        return allRoutes().stream().filter(route -> !open(route)).map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            HttpResponse<String> response = anonymous(route, "application/json");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body()).startsWith("{\"status\":401,");
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> aMarketerIsForbiddenEveryManageUsersImportsAndIntegrationsRoute() {
        return productionRoutes().stream()
                .filter(route -> needs(route, Permission.MANAGE_USERS) || needs(route, Permission.MANAGE_IMPORTS)
                        || needs(route, Permission.MANAGE_INTEGRATIONS))
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    Browser marketer = server.marketer();
                    HttpResponse<String> response = route.method().equals("GET")
                            ? marketer.get(path(route))
                            : marketer.post(path(route), Map.of("role", "admin", "email", "x@example.com"));

                    assertThat(response.statusCode()).isEqualTo(403);
                    assertThat(response.body()).contains(Access.NO_PERMISSION);
                    assertThat(server.accounts().calls()).isEmpty();
                    assertThat(server.imports().calls()).isEmpty();
                    assertThat(server.integrations().calls()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyStateChangingRouteRefusesARequestWithoutTheCsrfToken() {
        return allRoutes().stream().filter(route -> !route.method().equals("GET"))
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    Browser admin = server.admin();
                    HttpResponse<String> response = admin.send(admin.formRequest(path(route), Map.of("role", "admin"))
                            .header("Origin", server.origin()));

                    assertThat(response.statusCode()).isEqualTo(403);
                    assertThat(response.body()).contains("This form expired or came from another site.");
                    assertThat(server.accounts().calls()).isEmpty();
                    assertThat(server.contacts().calls()).isEmpty();
                    assertThat(server.properties().calls()).isEmpty();
                    assertThat(server.imports().calls()).isEmpty();
                    assertThat(server.integrations().calls()).isEmpty();
                    assertThat(server.conversations().calls()).isEmpty();
                    assertThat(server.audiences().calls()).isEmpty();
                    assertThat(server.campaigns().calls()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyAllowListedRouteIsReachableWithoutSigningIn() {
        return productionRoutes().stream().filter(RouteAccessTest::open).map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            Browser browser = server.anonymous();
            browser.get("/login");
            HttpResponse<String> response = route.method().equals("GET") ? browser.get(path(route), "*/*")
                    : browser.post(path(route), Map.of("email", "nobody@example.com", "password", "x"));

            assertThat(response.statusCode()).isNotIn(302, 303, 401, 403);
            assertThat(response.statusCode()).isLessThan(500);
        }));
    }

    @Test
    void assetsAndWebhooksNeedNoSessionAndWebhooksNoCsrfToken() {
        assertThat(server.get("/static/css/app.css", "text/css").statusCode()).isEqualTo(200);
        HttpResponse<String> webhook = server.send(HttpRequest.newBuilder(server.uri("/webhooks/openphone"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(webhook.statusCode()).as("no webhook route in this adapter yet: 404, not a login or CSRF refusal").isEqualTo(404);
    }

    @Test
    void pathTricksDoNotReachProtectedPagesThroughTheAllowList() {
        for (String path : List.of("/static/../settings/users", "/static/%2e%2e/settings/users", "/health/../settings/users",
                "/login/../settings/users", "/invite/x/../../settings/users", "//settings/users", "/settings/users/")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 400, 404);
            assertThat(response.body()).as(path).doesNotContain("Invite someone");
        }
    }
}
