package com.attackacrack.crm.adapters.in.web;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;

/**
 * Serves {@code /static/**} from the class path folder {@code static/}, and the WebJars under versioned
 * {@code /static/vendor/...} URLs that browsers may cache for a year.
 */
public final class StaticAssets {

    /** URL prefix of every static asset. */
    public static final String URL_PREFIX = "/static";

    private static final Header IMMUTABLE = HeaderValues.create(HeaderNames.CACHE_CONTROL, "public, max-age=31536000, immutable");
    private static final Header REVALIDATE = HeaderValues.create(HeaderNames.CACHE_CONTROL, "public, max-age=300");

    private StaticAssets() {
    }

    /** Registers the vendor and application asset routes; missing files fall through to the next routes (404). */
    public static void register(HttpRules routing, VendorAssets assets) {
        ClassLoader loader = StaticAssets.class.getClassLoader();
        routing.get(VendorAssets.URL_PREFIX + "/*", StaticAssets::immutable);
        routing.register(assets.bootstrapBaseUrl(), classpath(loader, assets.bootstrapLocation()));
        routing.register(assets.htmxBaseUrl(), classpath(loader, assets.htmxLocation()));
        routing.register(assets.chartJsBaseUrl(), classpath(loader, assets.chartJsLocation()));
        routing.get(URL_PREFIX + "/*", StaticAssets::revalidate);
        routing.register(URL_PREFIX, classpath(loader, "static"));
    }

    private static HttpService classpath(ClassLoader loader, String location) {
        return StaticContentFeature.createService(ClasspathHandlerConfig.builder()
                .location(location)
                .classLoader(loader)
                .build());
    }

    private static void immutable(ServerRequest request, ServerResponse response) {
        response.header(IMMUTABLE);
        response.next();
    }

    private static void revalidate(ServerRequest request, ServerResponse response) {
        if (!response.headers().contains(HeaderNames.CACHE_CONTROL)) {
            response.header(REVALIDATE);
        }
        response.next();
    }
}
