package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.metrics.HttpMetricsFilter;
import com.attackacrack.crm.adapters.in.metrics.MetricsEndpoint;
import com.attackacrack.crm.adapters.in.metrics.RouteNames;
import com.attackacrack.crm.adapters.in.web.CrmWebServer;
import com.attackacrack.crm.adapters.in.web.Monitoring;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.WebSettings;
import com.attackacrack.crm.adapters.in.web.auth.RouteCatalog;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.auth.WebSecurity;
import com.attackacrack.crm.adapters.in.web.audience.FiltersController;
import com.attackacrack.crm.adapters.in.web.campaign.CampaignsController;
import com.attackacrack.crm.adapters.in.web.audience.ListsController;
import com.attackacrack.crm.adapters.in.web.contact.ContactsController;
import com.attackacrack.crm.adapters.in.web.conversation.ConversationsController;
import com.attackacrack.crm.adapters.in.web.home.HomeController;
import com.attackacrack.crm.adapters.in.web.importing.ConflictsController;
import com.attackacrack.crm.adapters.in.web.importing.ImportsController;
import com.attackacrack.crm.adapters.in.web.integration.IntegrationsController;
import com.attackacrack.crm.adapters.in.web.invite.InviteController;
import com.attackacrack.crm.adapters.in.web.profile.ProfileController;
import com.attackacrack.crm.adapters.in.web.property.PropertiesController;
import com.attackacrack.crm.adapters.in.web.settings.UsersController;
import com.attackacrack.crm.adapters.in.web.signin.LoginController;
import com.attackacrack.crm.adapters.in.web.system.HealthController;
import com.attackacrack.crm.adapters.in.web.system.SystemController;
import com.attackacrack.crm.adapters.out.metrics.CrmMetrics;
import com.attackacrack.crm.adapters.out.persistence.JdbiDashboardFigures;
import com.attackacrack.crm.adapters.out.persistence.JdbiWebhookEventRepository;
import com.attackacrack.crm.application.port.in.system.CheckSystemHealthUseCase;
import com.attackacrack.crm.application.service.dashboard.GetDashboardService;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import com.attackacrack.crm.bootstrap.config.Secret;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the web server: settings from configuration, security, and every controller wired to its use cases. */
final class WebComposition {

    private static final Logger LOG = LoggerFactory.getLogger(WebComposition.class);

    private WebComposition() {
    }

    static CrmWebServer start(Wiring wiring, CheckSystemHealthUseCase health) {
        WebSettings settings = settings(wiring);
        TemplateRenderer renderer = TemplateRenderer.create(settings);
        WebSecurity security = WebSecurity.create(settings, wiring.accounts().authenticateSession(), wiring.clock());
        CrmMetrics metrics = wiring.metrics();
        List<HttpService> controllers = controllers(wiring, health, renderer, security.cookies(), metrics.operations());
        return CrmWebServer.start(settings, renderer, security, controllers, monitoring(wiring, metrics, renderer, controllers));
    }

    /**
     * HTTP metrics on every request, and {@code GET /metrics} only when {@code CRM_METRICS_TOKEN} is set (else that
     * path is a 404). The pool's meters are bound here: only the serving process is scraped.
     */
    private static Monitoring monitoring(Wiring wiring, CrmMetrics metrics, TemplateRenderer renderer,
                                         List<HttpService> controllers) {
        metrics.bindConnectionPool(wiring.infrastructure().dataSource());
        List<RouteNames.Route> routes = new ArrayList<>();
        CrmWebServer.catalog(renderer, controllers).routes()
                .forEach(route -> routes.add(new RouteNames.Route(route.method(), route.path())));
        routes.add(new RouteNames.Route("GET", MetricsEndpoint.PATH));
        HttpMetricsFilter filter = new HttpMetricsFilter(metrics.registry(), RouteNames.of(routes));
        Optional<Secret> token = wiring.config().metricsToken();
        if (token.isEmpty()) {
            LOG.info("Metrics are off: GET {} answers 404 until CRM_METRICS_TOKEN is set", MetricsEndpoint.PATH);
            return new Monitoring(filter, null);
        }
        LOG.info("Metrics are on: GET {} for callers with the CRM_METRICS_TOKEN bearer token", MetricsEndpoint.PATH);
        return new Monitoring(filter, new MetricsEndpoint(metrics::scrape, token.get().reveal()));
    }

    /**
     * The routes {@link #start} serves, with who may use each, recorded without serving: for {@code crm routes}. The
     * controllers are built as for serving; no use case runs, so the wiring may sit on connections never opened.
     */
    static RouteCatalog routes(Wiring wiring) {
        WebSettings settings = settings(wiring);
        TemplateRenderer renderer = TemplateRenderer.create(settings);
        WebSecurity security = WebSecurity.create(settings, wiring.accounts().authenticateSession(), wiring.clock());
        CheckSystemHealthUseCase notServing = () -> {
            throw new IllegalStateException("the route catalogue is not served");
        };
        return CrmWebServer.catalog(renderer, controllers(wiring, notServing, renderer, security.cookies(),
                OperationsMetrics.NONE));
    }

    private static WebSettings settings(Wiring wiring) {
        CrmConfig config = wiring.config();
        return new WebSettings(WebSettings.DEFAULT_HOST, config.port(), config.production(),
                config.maxRequestBodyBytes(), wiring.build().version(), config.environment().code())
                .withPublicBaseUrl(config.publicBaseUrl())
                .withClientAddressHeader(config.clientAddressHeader().orElse(null));
    }

    private static List<HttpService> controllers(Wiring wiring, CheckSystemHealthUseCase health, TemplateRenderer renderer,
                                                 WebCookies cookies, OperationsMetrics metrics) {
        CrmConfig config = wiring.config();
        BuildInfo build = wiring.build();
        Clock clock = wiring.clock();
        AccountServices accounts = wiring.accounts();
        OpenPhoneServices openPhone = wiring.openPhone();
        return List.of(
                new HealthController(health, build.version(), clock),
                new HomeController(health, dashboard(wiring), renderer),
                new LoginController(accounts.signIn(), accounts.signOut(), renderer, cookies),
                new InviteController(accounts.checkInvite(), accounts.acceptInvite(), renderer, cookies),
                new UsersController(new UsersController.UseCases(accounts.listUsers(), accounts.inviteUser(),
                        accounts.resendInvite(), accounts.revokeInvite(), accounts.changeUserRole(),
                        accounts.deactivateUser(), accounts.reactivateUser()), renderer, cookies, clock),
                new ProfileController(accounts.updateProfile(), accounts.changePassword(), renderer, cookies),
                contactsController(wiring.records(), openPhone, wiring.campaigns(), renderer, cookies, clock),
                listsController(wiring.campaigns(), renderer, cookies),
                filtersController(wiring.campaigns(), renderer, cookies),
                campaignsController(wiring.campaigns(), renderer, cookies, clock),
                new ConversationsController(new ConversationsController.UseCases(openPhone.listConversations(),
                        openPhone.getConversation(), openPhone.sendReply()), renderer, cookies, clock),
                propertiesController(wiring.records(), renderer, cookies, clock),
                // conflicts first: /settings/imports/conflicts must not be read as an import id
                new ConflictsController(new ConflictsController.UseCases(wiring.imports().listConflicts(),
                        wiring.imports().getConflict(), wiring.imports().resolveConflict()), renderer, cookies),
                importsController(wiring.imports(), renderer, cookies, clock),
                new IntegrationsController(openPhone.integrationStatus(config.publicBaseUrl()), openPhone.deadLetters(),
                        openPhone.replay(), renderer, cookies),
                new SystemController(wiring.systemOverview(), renderer),
                openPhone.controller(metrics));
    }

    /** The dashboard counts days in the business zone, CRM_BUSINESS_TIME_ZONE. */
    private static GetDashboardService dashboard(Wiring wiring) {
        org.jdbi.v3.core.Jdbi jdbi = wiring.infrastructure().jdbi();
        return new GetDashboardService(new JdbiDashboardFigures(jdbi), wiring.openPhone().conversations(),
                new JdbiWebhookEventRepository(jdbi), wiring.config().businessZone(), wiring.clock());
    }

    private static ContactsController contactsController(RecordServices r, OpenPhoneServices openPhone,
                                                         CampaignServices c, TemplateRenderer renderer,
                                                         WebCookies cookies, Clock clock) {
        return new ContactsController(new ContactsController.UseCases(r.listContacts(), r.exportContacts(),
                r.getContact(), r.createContact(), r.updateContact(), r.deleteContact(), openPhone.getConversation()),
                c.listLists(), renderer, cookies, clock);
    }

    private static CampaignsController campaignsController(CampaignServices c, TemplateRenderer renderer,
                                                           WebCookies cookies, Clock clock) {
        return new CampaignsController(new CampaignsController.UseCases(c.listCampaigns(), c.getCampaign(),
                c.createCampaign(), c.updateCampaign(), c.previewCampaign(), c.launchCampaign(), c.pauseCampaign(),
                c.resumeCampaign(), c.cancelCampaign(), c.listRecipients(), c.exportRecipients(), c.listLists(),
                c.listFilters()), renderer, cookies, clock);
    }

    private static ListsController listsController(CampaignServices c, TemplateRenderer renderer, WebCookies cookies) {
        return new ListsController(new ListsController.UseCases(c.listLists(), c.getList(), c.createList(),
                c.renameList(), c.deleteList(), c.addContacts(), c.addMatching(), c.addImport(), c.removeMembers()),
                renderer, cookies);
    }

    private static FiltersController filtersController(CampaignServices c, TemplateRenderer renderer,
                                                       WebCookies cookies) {
        return new FiltersController(new FiltersController.UseCases(c.listFilters(), c.getFilter(), c.createFilter(),
                c.updateFilter(), c.deleteFilter(), c.countAudience(), c.listLists()), renderer, cookies);
    }

    private static ImportsController importsController(ImportServices i, TemplateRenderer renderer, WebCookies cookies,
                                                       Clock clock) {
        return new ImportsController(new ImportsController.UseCases(i.upload(), i.list(), i.get(), i.problems(), i.rerun(),
                i.resolveAll(), i.prepareMapping(), i.mapColumns()), renderer, cookies, clock);
    }

    private static PropertiesController propertiesController(RecordServices r, TemplateRenderer renderer,
                                                             WebCookies cookies, Clock clock) {
        return new PropertiesController(new PropertiesController.UseCases(r.listProperties(), r.exportProperties(),
                r.getProperty(), r.createProperty(), r.updateProperty(), r.deleteProperty(), r.linkContact(),
                r.unlinkContact()), renderer, cookies, clock);
    }
}
