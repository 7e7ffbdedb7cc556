package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.adapters.in.web.CrmWebServer;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.WebSettings;
import com.attackacrack.crm.adapters.in.web.home.HomeController;
import com.attackacrack.crm.adapters.in.web.system.HealthController;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real CRM web server on a free port with the fake health use case, plus a plain HTTP/1.1 client for it. */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final long BODY_LIMIT = 1024;

    private final WebSettings settings;
    private final FakeCheckSystemHealth health;
    private final List<HttpService> extra;
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
        return new TestServer(settings(false), FakeCheckSystemHealth.allUp(), List.of(new TestRoutes()));
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
        List<HttpService> controllers = new ArrayList<>();
        controllers.add(new HomeController(health, renderer));
        controllers.add(new HealthController(health, settings.appVersion(), Clock.systemUTC()));
        controllers.addAll(extra);
        this.server = CrmWebServer.start(settings, renderer, controllers);
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

    public CrmWebServer server() {
        return server;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> post(String path, String accept, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).header("Content-Type", "text/plain")
                .POST(publisher).build());
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
