package com.attackacrack.crm.adapters.in.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.CrmWebServer;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.PublicRoutes;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Without the metrics endpoint (no token configured) {@code /metrics} is a plain 404, for everyone. */
class MetricsPathTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.perClass();

    @Test
    void withoutAnEndpointTheMetricsPathIsNotFoundNotALoginRedirect() {
        assertThat(SERVER.get(PublicRoutes.METRICS_PATH).statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedInAdminFindsNoMetricsEither() {
        assertThat(SERVER.admin().get(PublicRoutes.METRICS_PATH).statusCode()).isEqualTo(404);
    }

    @Test
    void theMetricsPathIsNotAPageInTheRouteCatalogue() {
        assertThat(SERVER.controllers()).isNotEmpty();
        assertThat(CrmWebServer.catalog(TemplateRenderer.create(TestServer.settings(false)), SERVER.controllers()).routes())
                .noneMatch(route -> route.path().equals(PublicRoutes.METRICS_PATH));
    }
}
