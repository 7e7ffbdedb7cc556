package com.attackacrack.crm.adapters.in.web;

import com.attackacrack.crm.adapters.in.web.auth.CurrentUsers;
import com.attackacrack.crm.adapters.in.web.auth.ViewerView;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Renders the Freemarker page templates under {@code templates/} with HTML auto-escaping, from one shared configuration. */
public final class TemplateRenderer {

    /** Content type of every rendered page. */
    public static final Header HTML_CONTENT_TYPE = HeaderValues.create(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");

    /** Pages and error answers are never stored by browsers or proxies. */
    public static final Header NO_STORE = HeaderValues.create(HeaderNames.CACHE_CONTROL, "no-store");

    /** The product name every page shows. */
    public static final String APP_NAME = "Attack-a-Crack CRM";

    /** Model key of the signed-in user ({@link ViewerView}) the layout shows; absent on anonymous pages. */
    public static final String VIEWER = "viewer";

    private static final Pattern VIEW_NAME_CHARS = Pattern.compile("[a-z0-9_/-]+");
    private static final long DEVELOPMENT_UPDATE_DELAY_MILLIS = 2_000L;

    private final Configuration configuration;
    private final Map<String, Object> globals;
    private final VendorAssets assets;

    /** Builds the one Freemarker configuration for this server; pages see {@code app} and {@code assets} globals. */
    public TemplateRenderer(WebSettings settings, VendorAssets assets) {
        this.assets = Objects.requireNonNull(assets, "assets");
        this.configuration = configuration(settings.production());
        this.globals = Map.of(
                "app", Map.of(
                        "name", APP_NAME,
                        "version", settings.appVersion(),
                        "environment", settings.environment(),
                        "production", settings.production()),
                "assets", Map.of(
                        "bootstrapCss", assets.bootstrapCss(),
                        "bootstrapJs", assets.bootstrapJs(),
                        "htmxJs", assets.htmxJs(),
                        "chartJs", assets.chartJs()));
    }

    /** A renderer using the WebJar versions found on this class's class path. */
    public static TemplateRenderer create(WebSettings settings) {
        return new TemplateRenderer(settings, VendorAssets.detect(TemplateRenderer.class.getClassLoader()));
    }

    /** The vendor assets the pages link to. */
    public VendorAssets assets() {
        return assets;
    }

    /**
     * Renders {@code templates/<view>.ftlh} with the model plus the globals.
     *
     * @param view  template path without extension, e.g. {@code home/index}
     * @param model values the template reads; the names {@code app} and {@code assets} are reserved, {@code viewer} is
     *              the signed-in user
     * @return the rendered HTML
     */
    public String render(String view, Map<String, ?> model) {
        if (view == null || !VIEW_NAME_CHARS.matcher(view).matches() || view.startsWith("/") || view.endsWith("/")
                || view.contains("//")) {
            throw new IllegalArgumentException("Not a view name: " + view);
        }
        for (String reserved : globals.keySet()) {
            if (model.containsKey(reserved)) {
                throw new IllegalArgumentException("Model key '" + reserved + "' is reserved for the layout");
            }
        }
        Map<String, Object> merged = new HashMap<>(model);
        merged.putAll(globals);
        StringWriter out = new StringWriter();
        try {
            Template template = configuration.getTemplate(view + ".ftlh");
            template.process(merged, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load template " + view, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + view + " failed to render", e);
        }
        return out.toString();
    }

    /** Renders the view for the request's user (the layout shows them) and sends it as an uncacheable page, status 200. */
    public void send(ServerRequest request, ServerResponse response, String view, Map<String, ?> model) {
        send(request, response, Status.OK_200, view, model);
    }

    /** Renders the view for the request's user and sends it as an uncacheable UTF-8 HTML page with the status. */
    public void send(ServerRequest request, ServerResponse response, Status status, String view, Map<String, ?> model) {
        Map<String, Object> withViewer = new HashMap<>(model);
        CurrentUsers.find(request).ifPresent(user -> withViewer.put(VIEWER, ViewerView.from(user)));
        byte[] body = render(view, withViewer).getBytes(StandardCharsets.UTF_8);
        response.status(status);
        response.header(HTML_CONTENT_TYPE);
        response.header(NO_STORE);
        response.send(body);
    }

    private static Configuration configuration(boolean production) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setTemplateLoader(new ClassTemplateLoader(TemplateRenderer.class.getClassLoader(), "templates"));
        config.setRecognizeStandardFileExtensions(true);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setTemplateUpdateDelayMilliseconds(production ? Duration.ofDays(365).toMillis() : DEVELOPMENT_UPDATE_DELAY_MILLIS);
        return config;
    }
}
