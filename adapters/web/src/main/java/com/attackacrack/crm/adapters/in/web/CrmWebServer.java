package com.attackacrack.crm.adapters.in.web;

import com.attackacrack.crm.adapters.in.web.importing.ImportsController;
import com.attackacrack.crm.adapters.in.web.auth.RouteCatalog;
import com.attackacrack.crm.adapters.in.web.auth.WebSecurity;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.adapters.in.web.error.ErrorPages;
import com.attackacrack.crm.adapters.in.web.error.FriendlyDirectHandler;
import com.attackacrack.crm.adapters.in.web.error.HttpErrorHandler;
import com.attackacrack.crm.adapters.in.web.error.NotFoundHandler;
import com.attackacrack.crm.adapters.in.web.error.UnexpectedErrorHandler;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HttpException;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CRM's HTTP server: Helidon WebServer with the shared filters, Helidon Security (sign-in required except on the
 * public allow-list, CSRF protection), static assets, controllers and error pages.
 */
public final class CrmWebServer {

    private static final Logger LOG = LoggerFactory.getLogger(CrmWebServer.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final WebServer server;

    private CrmWebServer(WebServer server) {
        this.server = server;
    }

    /**
     * Builds and starts the server.
     *
     * @param settings    address, limits, production flag, version and environment
     * @param renderer    the page renderer the controllers were built with (error pages use it too)
     * @param security    sessions, cookies, the public allow-list and CSRF protection ({@link WebSecurity#create})
     * @param controllers the feature controllers, registered at the root in this order
     * @return the running server
     */
    public static CrmWebServer start(WebSettings settings, TemplateRenderer renderer, WebSecurity security,
                                     List<? extends HttpService> controllers) {
        return start(settings, renderer, security, controllers, Monitoring.NONE);
    }

    /** Builds and starts the server with the operators' {@link Monitoring} (HTTP metrics, {@code /metrics}). */
    public static CrmWebServer start(WebSettings settings, TemplateRenderer renderer, WebSecurity security,
                                     List<? extends HttpService> controllers, Monitoring monitoring) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(monitoring, "monitoring");
        ErrorPages pages = new ErrorPages(renderer, settings.production());
        WebServer server = WebServer.builder()
                // no features from the class path: helidon-webserver-security would add a second, provider-less Security
                .featuresDiscoverServices(false)
                .host(settings.host())
                .port(settings.port())
                // the largest body any route takes; RequestBodyLimitFilter holds the others to the form limit
                .maxPayloadSize(Math.max(settings.maxRequestBodyBytes(), ImportsController.MAX_FILE_BYTES))
                .shutdownGracePeriod(SHUTDOWN_GRACE)
                .shutdownHook(false)
                .directHandlers(directHandlers(pages))
                .routing(routing -> routing(routing, settings, renderer, security, controllers, monitoring))
                .build()
                .start();
        LOG.info("Web server listening host={} port={} environment={} version={}", settings.host(), server.port(),
                settings.environment(), settings.appVersion());
        return new CrmWebServer(server);
    }

    /**
     * Sets up the routing: filters first (access log, security headers, then Helidon Security, login required and CSRF),
     * then static assets, controllers, and finally the 404 fallback and error handlers.
     * Used by {@link #start} and by tests that build their own server.
     */
    public static void routing(HttpRouting.Builder routing, WebSettings settings, TemplateRenderer renderer,
                               WebSecurity security, List<? extends HttpService> controllers) {
        routing(routing, settings, renderer, security, controllers, Monitoring.NONE);
    }

    /** {@link #routing} with the monitoring's filter first and its endpoint before the controllers. */
    public static void routing(HttpRouting.Builder routing, WebSettings settings, TemplateRenderer renderer,
                               WebSecurity security, List<? extends HttpService> controllers, Monitoring monitoring) {
        ErrorPages pages = new ErrorPages(renderer, settings.production());
        if (monitoring.requestFilter() != null) {
            routing.addFilter(monitoring.requestFilter());
        }
        routing.addFilter(new ClientAddressFilter(Optional.ofNullable(settings.clientAddressHeader())));
        routing.addFilter(new AccessLogFilter());
        routing.addFilter(new SecurityHeadersFilter(settings.production()));
        routing.addFilter(new RequestBodyLimitFilter(settings.maxRequestBodyBytes(), Set.of(ImportsController.UPLOAD_PATH)));
        security.register(routing, pages);
        StaticAssets.register(routing, renderer.assets());
        if (monitoring.endpoint() != null) {
            routing.register(monitoring.endpoint());
        }
        controllers.forEach(routing::register);
        routing.any(new NotFoundHandler(pages));
        routing.error(BusinessRuleException.class, new BusinessRuleErrorHandler(pages));
        routing.error(HttpException.class, new HttpErrorHandler(pages));
        routing.error(Throwable.class, new UnexpectedErrorHandler(pages));
    }

    /**
     * The routes {@link #routing} registers (static assets, then the controllers in order) with who may use each,
     * recorded without serving anything: for {@code crm routes} and the UI crawler.
     */
    public static RouteCatalog catalog(TemplateRenderer renderer, List<? extends HttpService> controllers) {
        return RouteCatalog.record(rules -> {
            StaticAssets.register(rules, renderer.assets());
            controllers.forEach(rules::register);
        });
    }

    /** Friendly answers for the errors Helidon raises before or outside routing (body too large, bad request, ...). */
    public static DirectHandlers directHandlers(ErrorPages pages) {
        FriendlyDirectHandler handler = new FriendlyDirectHandler(pages);
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    /** The port actually bound (useful when the settings asked for port 0). */
    public int port() {
        return server.port();
    }

    /** Whether the server is accepting requests. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops accepting requests and lets running ones finish within a short grace period. */
    public void stop() {
        server.stop();
        LOG.info("Web server stopped");
    }
}
