package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.auth.RouteCatalog;
import com.attackacrack.crm.adapters.out.openphone.WebhookSigner;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.user.Permission;
import com.attackacrack.crm.domain.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The UI audit: with realistic data in a real {@code crm serve}, an admin and a marketer each follow every link from
 * "/" (GET only, one page per URL, at most {@value #VARIANTS_PER_PATTERN} URLs per path pattern). Every problem is
 * collected with the page it was found on: error pages, links to nowhere or to pages the role may not open, buttons
 * that do nothing, and forms whose method and action match no route of {@code crm routes}.
 */
class UiCrawlerTest {

    private static final int MAX_PAGES = 500;
    private static final int VARIANTS_PER_PATTERN = 3;
    private static final List<String> PLANNED_AREAS = List.of("Jobs", "Quotes", "Invoices", "Appointments");
    private static final Pattern INVITE_LINK = Pattern.compile("/invite/[A-Za-z0-9_-]+");
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "/(\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_-]{20,})(?=/|$)");
    private static final Path STATIC_JS = Path.of("..", "adapters", "web", "src", "main", "resources", "static", "js");

    @TempDir
    Path dataDir;

    @Test
    void everyLinkButtonAndFormAnAdminAndAMarketerSeeLeadsSomewhereTheyMayGo() throws Exception {
        int port = ServeEndToEndTest.freePort();
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(TestDatabase.freshDatabase("crm_ui_crawler"),
                port, dataDir);
        env.put("OPENPHONE_WEBHOOK_SIGNING_KEY", FakeOpenPhoneSetup.SIGNING_KEY);
        RouteCatalog routes;
        try (Resources resources = new Resources()) {
            routes = Wiring.routesForCli(env, resources);
        }
        givenRecords(env);
        String adminLink = invite(env, "ann.admin@example.com", "admin");
        String marketerLink = invite(env, "mark.marketer@example.com", "marketer");
        String origin = "http://localhost:" + port;
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
            Session admin = Session.signUp(origin, adminLink, "Ann", "Admin");
            Session marketer = Session.signUp(origin, marketerLink, "Mark", "Marketer");
            givenAudienceCampaignAndInvite(admin);
            givenConversation(origin, admin, serve);

            Crawl asAdmin = new Crawl(admin, Role.ADMIN, routes);
            Crawl asMarketer = new Crawl(marketer, Role.MARKETER, routes);
            List<String> problems = new ArrayList<>();
            problems.addAll(asAdmin.run());
            problems.addAll(asMarketer.run());

            assertThat(problems).as("UI problems (%d)", problems.size()).isEmpty();
            List<String> detailPages = List.of("/contacts/{id}", "/properties/{id}", "/lists/{id}", "/filters/{id}",
                    "/campaigns/{id}", "/conversations/{id}");
            assertThat(asMarketer.visitedPatterns()).containsAll(detailPages).noneMatch(it -> it.startsWith("/settings"));
            assertThat(asAdmin.visitedPatterns()).containsAll(detailPages).contains("/settings/users",
                    "/settings/imports/{id}", "/settings/imports/conflicts/{id}", "/settings/integrations");
        }
    }

    // ---- seeding ---------------------------------------------------------------------------------------------------

    /** Demo contacts and properties, the PropertyRadar sample, and a second import that queues one conflict. */
    private void givenRecords(Map<String, String> env) throws IOException {
        assertThat(crm(env, "demo-data", "--contacts", "40")).contains("Added 40 contacts");
        Path sample = dataDir.resolve("propertyradar-sample.csv");
        try (InputStream in = UiCrawlerTest.class.getResourceAsStream("/imports/propertyradar-sample.csv")) {
            Files.copy(in, sample);
        }
        crm(env, "import", sample.toString());
        String header = "First name,Last name,Phone number,Email,Address,Role\n";
        crm(env, "import", file("first.csv", header + "Ann,Lee,(617) 555-0101,ann@example.com,,\n").toString());
        assertThat(crm(env, "import", file("changed.csv", header + "Ann,Lee,+16175550101,ann.lee@example.com,,\n")
                .toString())).contains("conflict");
    }

    private static void givenAudienceCampaignAndInvite(Session admin) {
        admin.accepted("/lists", "form#new-list", Map.of("name", "Spring roofers", "description", "Crawler list"));
        admin.accepted("/filters/new", "main form[method=post]", Map.of("name", "Boston owners", "city", "Boston"));
        Page form = admin.get("/campaigns/new");
        Element message = form.document().selectFirst("#campaign-form textarea");
        assertThat(message).as("the campaign form's message").isNotNull();
        Element audience = form.document().selectFirst("#campaign-form select[name=audience] option[value~=.]");
        assertThat(audience).as("a list or filter to pick as the audience").isNotNull();
        admin.accepted("/campaigns/new", "#campaign-form", Map.of("name", "Spring offer", "audience", audience.attr("value"),
                message.attr("name"), "Hi {first_name}, spring roof checks this week. Reply STOP to opt out."));
        admin.accepted("/settings/users", "#invite-form", Map.of("email", "pat.pending@example.com", "role", "marketer"));
    }

    /** An inbound text through the signed webhook; the in-process worker turns it into a conversation. */
    private static void givenConversation(String origin, Session admin, CrmProcess serve) throws Exception {
        byte[] body;
        try (InputStream in = UiCrawlerTest.class.getResourceAsStream("/openphone/message.received.json")) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder delivery = HttpRequest.newBuilder(URI.create(origin + "/webhooks/openphone"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        new WebhookSigner(FakeOpenPhoneSetup.SIGNING_KEY).legacy(body, System.currentTimeMillis()).forEach(delivery::header);
        HttpResponse<String> delivered = HttpClient.newHttpClient().send(delivery.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        serve.await(() -> !admin.get("/conversations").document().select("a[href~=^/conversations/\\d+]").isEmpty(),
                Duration.ofSeconds(30), "the webhook's conversation in the inbox");
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dataDir.resolve(name), content);
    }

    private static String invite(Map<String, String> env, String email, String role) {
        Matcher link = INVITE_LINK.matcher(crm(env, "users", "invite", "--email", email, "--role", role));
        assertThat(link.find()).as("an invite link").isTrue();
        return link.group();
    }

    /** Runs a {@code crm} command in this JVM and returns what it printed; it must succeed. */
    private static String crm(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CrmCli.create(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        assertThat(exit).as("crm %s: %s%s", String.join(" ", args), out, err).isZero();
        return out.toString();
    }

    // ---- the crawl -------------------------------------------------------------------------------------------------

    /** One role's breadth-first walk over the links it is shown. */
    private static final class Crawl {

        private final Session session;
        private final Role role;
        private final RouteCatalog routes;
        private final String javaScript = staticJavaScript();
        private final List<String> problems = new ArrayList<>();
        private final Deque<Link> queue = new ArrayDeque<>();
        private final Set<String> queued = new HashSet<>();
        private final Set<String> visitedPaths = new LinkedHashSet<>();
        private final Map<String, Integer> variants = new HashMap<>();

        Crawl(Session session, Role role, RouteCatalog routes) {
            this.session = session;
            this.role = role;
            this.routes = routes;
        }

        List<String> run() {
            Page home = session.get("/");
            List<String> navigation = home.document().select("nav[aria-label=Main navigation] a[href]").stream()
                    .map(a -> URI.create(home.uri().resolve(a.attr("href")).toString()).getPath()).distinct().toList();
            checkPlannedAreas(home);
            enqueue("/", "(start)");
            int pages = 0;
            while (!queue.isEmpty() && pages < MAX_PAGES) {
                Link link = queue.poll();
                pages++;
                visit(link);
            }
            assertThat(pages).as("%s crawl stayed under the page cap", role).isLessThan(MAX_PAGES);
            navigation.stream().filter(path -> !visitedPaths.contains(path))
                    .forEach(path -> problem("/", "main navigation entry " + path + " was never visited"));
            assertThat(navigation).as("%s navigation", role).isNotEmpty();
            return problems;
        }

        /** The path patterns of the pages visited (numeric and opaque ids as {@code {id}}). */
        Set<String> visitedPatterns() {
            return visitedPaths.stream().map(path -> ID_SEGMENT.matcher(path).replaceAll("/{id}"))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private void checkPlannedAreas(Page home) {
            for (String area : PLANNED_AREAS) {
                if (home.document().select("a").stream().anyMatch(a -> a.text().contains(area))) {
                    problem("/", "planned area " + area + " is a link; it must be a \"Coming soon\" label");
                }
                boolean labelled = home.document().select(".crm-coming-soon").stream()
                        .anyMatch(label -> label.text().contains(area) && label.text().contains("Coming soon"));
                if (!labelled) {
                    problem("/", "planned area " + area + " has no \"Coming soon\" label");
                }
            }
        }

        private void visit(Link link) {
            Page page = session.get(link.url());
            int status = page.status();
            if (status == 403) {
                problem(link.from(), "link to " + link.url() + " answers 403 for a " + role);
            } else if (status == 404 || status >= 500) {
                problem(link.from(), "link to " + link.url() + " answers " + status);
            } else if (status >= 400) {
                problem(link.from(), "link to " + link.url() + " answers " + status);
            }
            String path = page.uri().getPath();
            visitedPaths.add(URI.create(link.url()).getPath());
            if (path.equals("/login")) {
                problem(link.from(), "link to " + link.url() + " ended on the login page");
                return;
            }
            if (status < 400 && page.html()) {
                inspect(page, page.uri().getRawPath() + (page.uri().getRawQuery() == null ? "" : "?" + page.uri().getRawQuery()));
            }
        }

        private void inspect(Page page, String where) {
            Document document = page.document();
            for (Element a : document.select("a")) {
                checkLink(page, where, a);
            }
            for (Element button : document.select("button")) {
                checkButton(where, button);
            }
            for (Element form : document.select("form")) {
                checkForm(page, where, form);
            }
        }

        private void checkLink(Page page, String where, Element a) {
            String href = a.attr("href").trim();
            String label = describe(a);
            if (!a.hasAttr("href") || href.isEmpty() || href.equals("#") || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                problem(where, "link to nowhere " + label + " (href=\"" + href + "\")");
                return;
            }
            if (href.startsWith("#")) {
                if (page.document().getElementById(href.substring(1)) == null) {
                    problem(where, "link " + label + " to a missing anchor " + href);
                }
                return;
            }
            URI target = page.uri().resolve(href.replace(" ", "%20"));
            if (!sameOrigin(page.uri(), target)) {
                return;
            }
            String path = target.getPath();
            if (path.equals("/logout")) {
                return;
            }
            forbidden("GET", path).ifPresent(permission -> problem(where, "link " + label + " to " + path + " needs "
                    + permission + ", which a " + role + " lacks"));
            String url = path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            enqueue(url, where);
        }

        private void checkButton(String where, Element button) {
            boolean inForm = button.closest("form") != null || button.hasAttr("form");
            if (inForm) {
                return;
            }
            Element next = button.nextElementSibling();
            boolean explained = next != null && next.hasClass("crm-disabled-reason");
            if (button.hasAttr("disabled") && (button.text().contains("Coming soon") || explained)) {
                return;
            }
            if (button.attr("type").equals("button") && hooked(button)) {
                return;
            }
            problem(where, "button " + describe(button) + " does nothing (not in a form, no type=\"button\" with a script "
                    + "hook, not disabled as \"Coming soon\" or with its reason beside it)");
        }

        private boolean hooked(Element button) {
            for (Attribute attribute : button.attributes()) {
                String key = attribute.getKey();
                if (key.startsWith("data-bs-") || key.startsWith("hx-")) {
                    return true;
                }
                if (key.startsWith("data-") && (javaScript.contains(key) || javaScript.contains(dataset(key)))) {
                    return true;
                }
            }
            return !button.id().isEmpty() && javaScript.contains(button.id());
        }

        private void checkForm(Page page, String where, Element form) {
            String method = form.attr("method").isBlank() ? "GET" : form.attr("method").trim().toUpperCase(Locale.ROOT);
            String action = form.attr("action").trim();
            URI target = action.isEmpty() ? page.uri() : page.uri().resolve(action);
            if (!sameOrigin(page.uri(), target)) {
                problem(where, "form " + describe(form) + " posts to another site: " + action);
                return;
            }
            String path = target.getPath();
            Optional<RouteCatalog.Route> route = routes.find(method, path);
            if (route.isEmpty()) {
                problem(where, "form " + describe(form) + " " + method + " " + path + " matches no route");
                return;
            }
            forbidden(method, path).ifPresent(permission -> problem(where, "form " + describe(form) + " " + method + " "
                    + path + " needs " + permission + ", which a " + role + " lacks"));
        }

        /** The permission a route needs that this role lacks, if any. */
        private Optional<Permission> forbidden(String method, String path) {
            return routes.find(method, path).map(RouteCatalog.Route::access).filter(access -> access.startsWith("permission "))
                    .map(access -> Permission.valueOf(access.substring("permission ".length())))
                    .filter(permission -> !role.permissions().contains(permission));
        }

        private void enqueue(String url, String from) {
            String withoutFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
            if (!queued.add(withoutFragment)) {
                return;
            }
            String pattern = ID_SEGMENT.matcher(URI.create(withoutFragment).getPath()).replaceAll("/{id}");
            int seen = variants.merge(pattern, 1, Integer::sum);
            if (seen <= VARIANTS_PER_PATTERN) {
                queue.add(new Link(withoutFragment, from));
            }
        }

        private void problem(String where, String what) {
            problems.add(role + " on " + where + ": " + what);
        }

        private static boolean sameOrigin(URI page, URI target) {
            return target.getScheme() != null && target.getScheme().equals(page.getScheme())
                    && page.getAuthority().equals(target.getAuthority());
        }

        private static String describe(Element element) {
            String text = element.text().strip();
            String id = element.id().isEmpty() ? "" : "#" + element.id();
            return "<" + element.tagName() + id + ">\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }

        private static String dataset(String attribute) {
            String[] parts = attribute.substring("data-".length()).split("-");
            return parts[0] + Stream.of(parts).skip(1).map(part -> part.isEmpty() ? part
                    : Character.toUpperCase(part.charAt(0)) + part.substring(1)).collect(Collectors.joining());
        }

        private static String staticJavaScript() {
            try (Stream<Path> files = Files.list(STATIC_JS)) {
                StringBuilder all = new StringBuilder();
                for (Path file : files.filter(it -> it.toString().endsWith(".js")).toList()) {
                    all.append(Files.readString(file)).append('\n');
                }
                return all.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Link(String url, String from) {
    }

    /** A fetched page after redirects: where it ended, its status and its body. */
    private record Page(URI uri, int status, String contentType, String body) {

        boolean html() {
            return contentType.startsWith("text/html");
        }

        Document document() {
            return Jsoup.parse(body, uri.toString());
        }
    }

    /** An HTTP client with its own cookies (one signed-in user) that follows same-origin redirects itself. */
    private static final class Session {

        private final String origin;
        private final HttpClient client;

        private Session(String origin) {
            this.origin = origin;
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        static Session signUp(String origin, String invitePath, String firstName, String lastName) {
            Session session = new Session(origin);
            Page signedIn = session.submit(invitePath, "form:has(input[name=password])", Map.of("firstName", firstName,
                    "lastName", lastName, "password", InviteSignUpBrowserTest.PASSWORD,
                    "passwordConfirmation", InviteSignUpBrowserTest.PASSWORD));
            assertThat(signedIn.uri().getPath()).as("signed up and on the dashboard").isEqualTo("/");
            return session;
        }

        Page get(String path) {
            return follow(HttpRequest.newBuilder(URI.create(origin).resolve(path)).header("Accept", "text/html").GET());
        }

        /** Submits a form (see {@link #submit}) that must be accepted: a page without field errors or an error alert. */
        void accepted(String pagePath, String formSelector, Map<String, String> values) {
            Page answer = submit(pagePath, formSelector, values);
            Document page = answer.document();
            assertThat(answer.status()).as("%s on %s", formSelector, pagePath).isEqualTo(200);
            assertThat(page.select(".is-invalid, .alert-danger")).as("%s on %s accepted; the page says: %s", formSelector,
                    pagePath, page.select(".invalid-feedback, .alert").text()).isEmpty();
        }

        /** Fills the form the selector finds on the page with its own values plus the given ones and submits it. */
        Page submit(String pagePath, String formSelector, Map<String, String> values) {
            Page page = get(pagePath);
            Element found = page.document().selectFirst(formSelector);
            assertThat(found).as("%s on %s", formSelector, pagePath).isInstanceOf(FormElement.class);
            FormElement form = (FormElement) found;
            Map<String, String> fields = new LinkedHashMap<>();
            form.formData().forEach(field -> fields.putIfAbsent(field.key(), field.value()));
            fields.putAll(values);
            String body = fields.entrySet().stream().map(it -> encode(it.getKey()) + "=" + encode(it.getValue()))
                    .collect(Collectors.joining("&"));
            URI action = form.attr("action").isBlank() ? page.uri() : page.uri().resolve(form.attr("action"));
            return follow(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin).header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private Page follow(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
                    URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                    response = client.send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                }
                return new Page(response.uri(), response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
