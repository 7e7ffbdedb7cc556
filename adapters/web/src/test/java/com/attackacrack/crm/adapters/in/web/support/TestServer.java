package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.adapters.in.web.CrmWebServer;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.WebSettings;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.auth.WebSecurity;
import com.attackacrack.crm.adapters.in.web.audience.FiltersController;
import com.attackacrack.crm.adapters.in.web.campaign.CampaignsController;
import com.attackacrack.crm.adapters.in.web.audience.ListsController;
import com.attackacrack.crm.adapters.in.web.contact.ContactsController;
import com.attackacrack.crm.adapters.in.web.home.HomeController;
import com.attackacrack.crm.adapters.in.web.importing.ConflictsController;
import com.attackacrack.crm.adapters.in.web.importing.ImportsController;
import com.attackacrack.crm.adapters.in.web.conversation.ConversationsController;
import com.attackacrack.crm.adapters.in.web.integration.IntegrationsController;
import com.attackacrack.crm.adapters.in.web.invite.InviteController;
import com.attackacrack.crm.adapters.in.web.profile.ProfileController;
import com.attackacrack.crm.adapters.in.web.property.PropertiesController;
import com.attackacrack.crm.adapters.in.web.settings.UsersController;
import com.attackacrack.crm.adapters.in.web.signin.LoginController;
import com.attackacrack.crm.adapters.in.web.system.HealthController;
import com.attackacrack.crm.adapters.in.web.system.SystemController;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.user.User;
import io.helidon.webserver.http.HttpService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real CRM web server on a free port with every controller, over the fake health and user use cases, plus a plain
 * HTTP/1.1 client for it ({@link #get} and {@link #post} are anonymous; {@link #admin()} and {@link #marketer()} are
 * signed-in browsers).
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final long BODY_LIMIT = 1024;

    private final WebSettings settings;
    private final FakeCheckSystemHealth health;
    private final FakeAccounts accounts = new FakeAccounts();
    private final FakeContacts contacts = new FakeContacts();
    private final FakeProperties properties = new FakeProperties(contacts);
    private final FakeImports imports = new FakeImports();
    private final FakeAudiences audiences = new FakeAudiences();
    private final FakeCampaigns campaigns = new FakeCampaigns();
    private final FakeIntegrations integrations = new FakeIntegrations();
    private final FakeSystemOverview system = new FakeSystemOverview();
    private final FakeDashboard dashboard = new FakeDashboard();
    private final FakeConversations conversations = new FakeConversations(contacts);
    private final Clock clock = Clock.fixed(FakeAccounts.NOW, ZoneOffset.UTC);
    private final List<HttpService> extra;
    private final List<HttpService> controllers = new ArrayList<>();
    private WebSecurity security;
    private CrmWebServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestServer(WebSettings settings, FakeCheckSystemHealth health, List<HttpService> extra) {
        this.settings = settings;
        this.health = health;
        this.extra = List.copyOf(extra);
    }

    /** A development-mode server started before a test class and stopped after it: use with {@code @RegisterExtension}. */
    public static TestServer perClass() {
        return perClass(false);
    }

    /** A development or production-mode server per test class. */
    public static TestServer perClass(boolean production) {
        return new TestServer(settings(production), FakeCheckSystemHealth.allUp(), List.of(new TestRoutes()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private TestServer open() {
        TemplateRenderer renderer = TemplateRenderer.create(settings);
        security = WebSecurity.create(settings, accounts, clock);
        WebCookies cookies = security.cookies();
        controllers.add(new HomeController(health, dashboard, renderer));
        controllers.add(new HealthController(health, settings.appVersion(), clock));
        controllers.add(new LoginController(accounts, accounts, renderer, cookies));
        controllers.add(new InviteController(accounts, accounts, renderer, cookies));
        controllers.add(new UsersController(new UsersController.UseCases(accounts, accounts, accounts, accounts, accounts, accounts,
                accounts), renderer, cookies, clock));
        controllers.add(new ProfileController(accounts, accounts, renderer, cookies));
        controllers.add(new ContactsController(new ContactsController.UseCases(contacts, contacts, contacts, contacts, contacts,
                contacts, conversations), audiences, renderer, cookies, clock));
        controllers.add(new ListsController(new ListsController.UseCases(audiences, audiences, audiences, audiences, audiences,
                audiences, audiences, audiences, audiences), renderer, cookies));
        FakeAudiences.Filters filters = audiences.filters();
        controllers.add(new FiltersController(new FiltersController.UseCases(filters, filters, filters, filters, filters,
                filters, audiences), renderer, cookies));
        controllers.add(new CampaignsController(new CampaignsController.UseCases(campaigns, campaigns, campaigns, campaigns,
                campaigns, campaigns, campaigns, campaigns, campaigns, campaigns, campaigns, audiences, filters), renderer,
                cookies, clock));
        controllers.add(new PropertiesController(new PropertiesController.UseCases(properties, properties, properties, properties,
                properties, properties, properties, properties), renderer, cookies, clock));
        controllers.add(new ConflictsController(new ConflictsController.UseCases(imports, imports, imports), renderer, cookies));
        controllers.add(new ImportsController(new ImportsController.UseCases(imports, imports, imports, imports, imports,
                imports, imports, imports), renderer, cookies, clock));
        controllers.add(new IntegrationsController(integrations, integrations, integrations, renderer, cookies));
        controllers.add(new SystemController(system, renderer));
        controllers.add(new ConversationsController(new ConversationsController.UseCases(conversations, conversations,
                conversations), renderer, cookies, clock));
        controllers.addAll(extra);
        this.server = CrmWebServer.start(settings, renderer, security, controllers);
        return this;
    }

    public static TestServer start() {
        return start(false);
    }

    public static TestServer start(boolean production) {
        return start(settings(production), FakeCheckSystemHealth.allUp());
    }

    public static TestServer start(WebSettings settings, FakeCheckSystemHealth health) {
        return new TestServer(settings, health, List.of(new TestRoutes())).open();
    }

    public static WebSettings settings(boolean production) {
        return new WebSettings("127.0.0.1", 0, production, BODY_LIMIT, FakeCheckSystemHealth.VERSION,
                production ? "production" : "test");
    }

    public FakeCheckSystemHealth health() {
        return health;
    }

    public FakeAccounts accounts() {
        return accounts;
    }

    public FakeContacts contacts() {
        return contacts;
    }

    public FakeProperties properties() {
        return properties;
    }

    public FakeCampaigns campaigns() {
        return campaigns;
    }

    public FakeAudiences audiences() {
        return audiences;
    }

    public FakeImports imports() {
        return imports;
    }

    public FakeConversations conversations() {
        return conversations;
    }

    public FakeIntegrations integrations() {
        return integrations;
    }

    public FakeSystemOverview system() {
        return system;
    }

    public FakeDashboard dashboard() {
        return dashboard;
    }

    public WebCookies cookies() {
        return security.cookies();
    }

    public WebSecurity security() {
        return security;
    }

    /** The controllers the server was started with, in registration order. */
    public List<HttpService> controllers() {
        return List.copyOf(controllers);
    }

    public CrmWebServer server() {
        return server;
    }

    public URI uri(String path) {
        return URI.create(origin() + path);
    }

    /** The server's own origin, as its pages' forms send it. */
    public String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A browser with no cookies yet. */
    public Browser anonymous() {
        return new Browser(this);
    }

    /** A browser signed in as the user (a fresh session in the fake). */
    public Browser signedIn(User user) {
        SignedIn session = accounts.openSession(user);
        return new Browser(this).signedInWith(cookies().sessionCookieName(), session.sessionToken(), session.csrfToken());
    }

    public Browser admin() {
        return signedIn(accounts.admin());
    }

    public Browser marketer() {
        return signedIn(accounts.marketer());
    }

    public HttpResponse<String> get(String path) {
        return get(path, Browser.HTML);
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> post(String path, String accept, byte[] body, boolean chunked) {
        return send(postRequest(path, accept, body, chunked).build());
    }

    /** A text/plain POST, e.g. to {@code /test/echo}; anonymous unless sent through a browser. */
    public HttpRequest.Builder postRequest(String path, String accept, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return HttpRequest.newBuilder(uri(path)).header("Accept", accept).header("Content-Type", "text/plain").POST(publisher);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        client.close();
    }
}
