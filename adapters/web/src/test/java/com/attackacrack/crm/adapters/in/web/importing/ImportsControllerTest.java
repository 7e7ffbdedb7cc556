package com.attackacrack.crm.adapters.in.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeImports;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.importing.ImportDetails;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImportsControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final ImportCounts COUNTS = new ImportCounts(1200, 3, 1000, 50, 147, 900, 20, 280, 4, 2);
    private static final ImportCounts NOTHING_CHANGED = new ImportCounts(10, 0, 0, 0, 10, 0, 0, 10, 0, 0);

    private Browser admin;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.imports().reset();
        admin = server.admin();
    }

    private FakeImports imports() {
        return server.imports();
    }

    private Document page(String path) {
        HttpResponse<String> response = admin.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpRequest.Builder upload(String query, byte[] body) {
        return admin.request("/settings/imports/upload" + query).header("Accept", "*/*")
                .header("Content-Type", "text/csv").header("Origin", server.origin())
                .header("X-CSRF-Token", admin.csrfToken()).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static byte[] csv(int atLeast) {
        StringBuilder text = new StringBuilder("First Name,Last Name,Phone\n");
        int row = 0;
        while (text.length() < atLeast) {
            text.append("Ann").append(row).append(",Lee,617555").append(String.format("%04d", row++)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ImportRecord completed(ImportCounts counts) {
        return imports().add("leads.csv", ImportStatus.COMPLETED, counts.rowsRead(), counts.rowsRead(), null, counts, false);
    }

    @Test
    void thePageRendersTheUploadFormWithItsFormatsLimitTokenAndScript() {
        Document page = page("/settings/imports");

        assertThat(page.select("#settings-nav a.active").attr("href")).isEqualTo("/settings/imports");
        Element form = page.selectFirst("#upload-form");
        assertThat(form.attr("action")).isEqualTo("/settings/imports/upload");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("data-max-bytes")).isEqualTo(Long.toString(ImportsController.MAX_FILE_BYTES));
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(form.select("input[type=file][name=file]")).hasSize(1);
        assertThat(form.select("select[name=format] option").eachAttr("value"))
                .containsExactly("auto", "propertyradar", "openphone", "generic");
        assertThat(form.select("select[name=format] option[selected]").val()).isEqualTo("auto");
        assertThat(form.select("select[name=format] option").eachText()).containsExactly("Detect from the header",
                "PropertyRadar export", "OpenPhone contacts export", "Generic CSV (column mapping)");
        assertThat(page.select("#upload-help").text()).contains("up to 512 MB");
        assertThat(page.select("script[src=/static/js/import-upload.js]")).hasSize(1);
        assertThat(server.get("/static/js/import-upload.js", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void theHistoryIsEmptyAtFirst() {
        Document page = page("/settings/imports");

        assertThat(page.select("#imports")).isEmpty();
        assertThat(page.select("#empty-state").text()).startsWith("No imports yet");
        assertThat(page.select("#empty-state").hasClass("crm-empty-state")).isTrue();
        assertThat(page.select("#empty-state a").attr("href")).isEqualTo("#upload-file");
    }

    @Test
    void theHistoryShowsEachImportNewestFirstWithItsStatusBadge() {
        imports().add("queued.csv", ImportStatus.QUEUED, 0, null, null, ImportCounts.none(), false);
        imports().add("running.csv", ImportStatus.RUNNING, 500, 2000L, null, ImportCounts.none(), false);
        completed(COUNTS);
        imports().add("broken.csv", ImportStatus.FAILED, 10, null, "The database went away", ImportCounts.none(), true);

        Document page = page("/settings/imports");

        assertThat(page.select("#empty-state")).isEmpty();
        assertThat(page.selectFirst("#imports").parent().hasClass("table-responsive")).isTrue();
        assertThat(page.select("#imports caption.visually-hidden").text()).isEqualTo("Imports, newest first");
        assertThat(page.select("#imports thead th").eachAttr("scope")).containsOnly("col");
        assertThat(page.select("tr.crm-import").eachAttr("data-import-id")).containsExactly("4", "3", "2", "1");
        assertThat(page.select("tr.crm-import td a").eachText())
                .containsExactly("broken.csv", "leads.csv", "running.csv", "queued.csv");
        assertThat(page.select("tr.crm-import td a").eachAttr("href"))
                .containsExactly("/settings/imports/4", "/settings/imports/3", "/settings/imports/2", "/settings/imports/1");
        assertThat(page.select(".crm-import-status").eachAttr("data-status"))
                .containsExactly("failed", "completed", "running", "queued");
        assertThat(page.select(".crm-import-status").eachText())
                .containsExactly("Failed", "Completed", "Running", "Waiting for a worker");
        assertThat(page.select(".crm-import-status").eachAttr("class")).containsExactly(
                "badge text-bg-danger crm-import-status", "badge text-bg-success crm-import-status",
                "badge text-bg-primary crm-import-status", "badge text-bg-secondary crm-import-status");
        Element running = page.selectFirst("tr.crm-import[data-import-id=2]");
        assertThat(running.select("td").get(1).text()).isEqualTo("PropertyRadar export");
        assertThat(running.select("td").get(3).text()).isEqualTo("admin@example.com");
        assertThat(running.select("td").last().text()).isEqualTo("500 of 2,000");
        assertThat(page.selectFirst("tr.crm-import[data-import-id=4]").select("td").last().text()).isEqualTo("10");
    }

    @Test
    void anUploadStoresTheExactBytesNameFormatAndUploaderAndAnswers201WithTheImportsPage() {
        byte[] body = "First Name,Phone\nAnn,6175550123\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = admin.send(upload("?name=x.csv&format=propertyradar", body));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/settings/imports/1");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(it -> assertThat(it).contains("no-store"));
        assertThat(response.body()).isEqualTo("Import 1 is queued.");
        FakeImports.Upload upload = imports().uploads().getFirst();
        assertThat(upload.content()).isEqualTo(body);
        assertThat(upload.fileName()).isEqualTo("x.csv");
        assertThat(upload.format()).isEqualTo(ImportFormat.PROPERTYRADAR);
        assertThat(upload.uploadedBy()).isEqualTo(server.accounts().admin().email().value());
        assertThat(page("/settings/imports/1").select(".crm-import-status").attr("data-status")).isEqualTo("queued");
    }

    @Test
    void anUploadLargerThanTheFormLimitIsAcceptedOnTheUploadRoute() {
        byte[] body = csv((int) TestServer.BODY_LIMIT * 20);
        assertThat(body.length).isGreaterThan((int) TestServer.BODY_LIMIT);

        HttpResponse<String> response = admin.send(upload("?name=big.csv&format=auto", body));

        assertThat(response.statusCode()).isEqualTo(201);
        FakeImports.Upload upload = imports().uploads().getFirst();
        assertThat(upload.content()).isEqualTo(body);
        assertThat(upload.format()).as("auto: detected from the header").isNull();
    }

    @Test
    void aChunkedUploadLargerThanTheFormLimitIsAcceptedOnTheUploadRoute() {
        byte[] body = csv((int) TestServer.BODY_LIMIT * 20);

        HttpResponse<String> response = admin.send(upload("?name=big.csv", body)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(imports().uploads().getFirst().content()).isEqualTo(body);
    }

    @Test
    void aRefusedUploadAnswers400WithTheReasonAsTheBody() {
        String reason = "The file is missing required columns: Phone, First Name";
        imports().failNextWith(BusinessRuleException.invalid(reason));

        HttpResponse<String> response = admin.send(upload("?name=x.csv&format=propertyradar", csv(100)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(reason);
        assertThat(imports().uploads()).isEmpty();
    }

    @Test
    void anUploadWithoutAFileNameIsRefused() {
        HttpResponse<String> response = admin.send(upload("?format=auto", csv(100)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Choose a file to import");
        assertThat(imports().uploads()).isEmpty();
    }

    @Test
    void anUnknownFormatIs400() {
        HttpResponse<String> response = admin.send(upload("?name=x.csv&format=excel", csv(100)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Unknown format &#39;excel&#39;");
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void aMultipartUploadGetsThe415Page() {
        HttpResponse<String> response = admin.send(admin.request("/settings/imports/upload").header("Accept", Browser.HTML)
                .header("Content-Type", "multipart/form-data; boundary=xyz").header("Origin", server.origin())
                .header("X-CSRF-Token", admin.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\na\r\n--xyz--\r\n")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("Uploading needs JavaScript in this browser");
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void anUploadWithoutTheCsrfHeaderIs403() {
        HttpResponse<String> response = admin.send(admin.request("/settings/imports/upload?name=x.csv").header("Accept", "*/*")
                .header("Content-Type", "text/csv").header("Origin", server.origin())
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv(100))));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void aFormPostElsewhereLargerThanTheBodyLimitIsStill413() {
        Browser anonymous = server.anonymous();
        anonymous.get("/login");

        HttpResponse<String> response = anonymous.post("/login", Map.of("email", "ada@example.com",
                "password", "x".repeat(2048)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Request too large");
        assertThat(server.accounts().calls()).isEmpty();
    }

    @Test
    void aChunkedFormElsewhereLargerThanTheBodyLimitIsStill413() {
        completed(COUNTS);
        byte[] form = ("choice=keep&pad=" + "x".repeat(2048)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = admin.send(admin.request("/settings/imports/1/conflicts/resolve")
                .header("Accept", Browser.HTML).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", server.origin()).header("X-CSRF-Token", admin.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Request too large");
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void theDetailPageShowsTheCountsAndOnlyTheActionsThatApply() {
        ImportRecord record = completed(COUNTS);
        imports().addConflict(record.id(), "Ann Lee", ConflictField.EMAIL, "a@example.com", "a@example.com", "b@example.com");

        Document page = page("/settings/imports/" + record.id().value());

        assertThat(page.select("#settings-nav a.active").attr("href")).isEqualTo("/settings/imports");
        assertThat(page.select("#import-heading").text()).isEqualTo("leads.csv");
        assertThat(page.select(".crm-page-header h2#import-heading")).hasSize(1);
        assertThat(page.select(".crm-page-header .crm-page-actions #add-import-to-list").attr("href"))
                .isEqualTo("/lists/add-import/" + record.id().value());
        assertThat(page.select("#count-rows-read").text()).isEqualTo("1,200");
        assertThat(page.select("#count-rows-rejected").text()).isEqualTo("3");
        assertThat(page.select("#count-contacts-created").text()).isEqualTo("1,000");
        assertThat(page.select("#count-contacts-enriched").text()).isEqualTo("50");
        assertThat(page.select("#count-contacts-unchanged").text()).isEqualTo("147");
        assertThat(page.select("#count-properties-created").text()).isEqualTo("900");
        assertThat(page.select("#count-properties-updated").text()).isEqualTo("20");
        assertThat(page.select("#count-properties-unchanged").text()).isEqualTo("280");
        assertThat(page.select("#count-conflicts-queued").text()).isEqualTo("4");
        assertThat(page.select("#count-problems").text()).isEqualTo("2");
        assertThat(page.select("#import-counts dt").eachText()).contains("Rows read", "Conflicts queued", "Row problems");
        assertThat(page.select("#import-progress").hasAttr("hx-get")).isFalse();
        assertThat(page.select("#import-progress").hasAttr("hx-trigger")).isFalse();
        assertThat(page.select("#import-progress-bar").attr("data-percent")).isEqualTo("100");
        assertThat(page.select("#import-error")).isEmpty();
        assertThat(page.select("#import-unchanged")).isEmpty();
        assertThat(page.select("#download-problems").attr("href")).isEqualTo("/settings/imports/1/problems.csv");
        assertThat(page.select("#review-conflicts").attr("href")).isEqualTo("/settings/imports/conflicts?import=1");
        assertThat(page.select("#keep-all").attr("href")).isEqualTo("/settings/imports/1/conflicts/resolve?choice=keep");
        assertThat(page.select("#take-all").attr("href")).isEqualTo("/settings/imports/1/conflicts/resolve?choice=take");
        assertThat(page.select("#rerun")).isEmpty();
    }

    @Test
    void anImportWithoutProblemsOrConflictsOffersNeitherAndSaysWhenNothingChanged() {
        ImportRecord record = completed(NOTHING_CHANGED);

        Document page = page("/settings/imports/" + record.id().value());

        assertThat(page.select("#download-problems")).isEmpty();
        assertThat(page.select("#review-conflicts, #keep-all, #take-all")).isEmpty();
        assertThat(page.select("#import-unchanged").text()).isEqualTo("Everything in this file was already there: nothing changed.");
    }

    @Test
    void anActiveImportPollsItsProgressAndStopsOnceFinished() {
        ImportRecord running = imports().add("run.csv", ImportStatus.RUNNING, 500, 2000L, null, ImportCounts.none(), false);
        ImportRecord queued = imports().add("wait.csv", ImportStatus.QUEUED, 0, null, null, ImportCounts.none(), false);

        Document runningPage = page("/settings/imports/" + running.id().value());
        Document queuedPage = page("/settings/imports/" + queued.id().value());

        for (Document page : List.of(runningPage, queuedPage)) {
            Element panel = page.selectFirst("#import-progress");
            assertThat(panel.attr("hx-trigger")).isEqualTo("every 2s");
            assertThat(panel.attr("hx-swap")).isEqualTo("outerHTML");
            assertThat(page.select("#import-unchanged")).as("nothing changed yet, but it is still running").isEmpty();
        }
        assertThat(runningPage.selectFirst("#import-progress").attr("hx-get")).isEqualTo("/settings/imports/1/progress");
        assertThat(runningPage.select("#import-progress-bar").attr("data-percent")).isEqualTo("25");
        assertThat(runningPage.select("progress#import-progress-bar").attr("value")).isEqualTo("25");
        assertThat(runningPage.select("#rows-done").text()).isEqualTo("500 of 2,000 rows (25%)");
        assertThat(queuedPage.selectFirst("#import-progress").attr("hx-get")).isEqualTo("/settings/imports/2/progress");
        assertThat(queuedPage.select("#import-waiting").text()).isEqualTo("Waiting for a worker to start it.");
        assertThat(queuedPage.select("#import-progress-bar")).isEmpty();
    }

    @Test
    void theProgressRouteReturnsOnlyThePanel() {
        ImportRecord running = imports().add("run.csv", ImportStatus.RUNNING, 500, 2000L, null, COUNTS, false);

        HttpResponse<String> response = admin.get("/settings/imports/" + running.id().value() + "/progress");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<html", "<nav", "settings-nav");
        assertThat(response.body().strip()).startsWith("<div id=\"import-progress\"");
        Document panel = Jsoup.parseBodyFragment(response.body());
        assertThat(panel.select("#import-progress").attr("hx-get")).isEqualTo("/settings/imports/1/progress");
        assertThat(panel.select("#count-rows-read").text()).isEqualTo("1,200");

        imports().put(new ImportDetails(new ImportRecord(running.id(), running.fileName(), running.format(),
                running.startedBy(), ImportStatus.COMPLETED, 2000, 2000L, running.createdAt(), running.createdAt(), null,
                null), COUNTS, false));
        Document finished = Jsoup.parseBodyFragment(admin.get("/settings/imports/1/progress").body());
        assertThat(finished.select("#import-progress").hasAttr("hx-get")).isFalse();
        assertThat(finished.select(".crm-import-status").attr("data-status")).isEqualTo("completed");
    }

    @Test
    void aFailedImportShowsItsErrorAndCanRunAgain() {
        ImportRecord failed = imports().add("broken.csv", ImportStatus.FAILED, 10, null, "The database went away",
                ImportCounts.none(), true);

        Document page = page("/settings/imports/" + failed.id().value());

        assertThat(page.select("#import-error").text()).isEqualTo("The database went away");
        assertThat(page.select("#import-progress").hasAttr("hx-get")).isFalse();
        Element rerun = page.selectFirst("#rerun").closest("form");
        assertThat(rerun.attr("action")).isEqualTo("/settings/imports/1/rerun");
        assertThat(rerun.select("input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
    }

    @Test
    void runningAgainFlashesSuccess() {
        ImportRecord failed = imports().add("broken.csv", ImportStatus.FAILED, 10, null, "boom", ImportCounts.none(), true);

        HttpResponse<String> response = admin.post("/settings/imports/1/rerun", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/settings/imports/1");
        assertThat(imports().calls()).containsExactly("rerun " + failed.id().value());
        Document page = page("/settings/imports/1");
        assertThat(page.select("#flash").text()).isEqualTo("Import 1 is queued again: rows already applied are skipped.");
        assertThat(page.select("#flash").hasClass("alert-success")).isTrue();
        assertThat(page("/settings/imports/1").select("#flash")).isEmpty();
    }

    @Test
    void aRefusedRerunFlashesTheReason() {
        imports().add("broken.csv", ImportStatus.FAILED, 10, null, "boom", ImportCounts.none(), true);
        imports().failNextWith(BusinessRuleException.conflict("The file of import 1 is no longer stored."));

        HttpResponse<String> response = admin.post("/settings/imports/1/rerun", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/settings/imports/1");
        Document page = page("/settings/imports/1");
        assertThat(page.select("#flash").text()).isEqualTo("The file of import 1 is no longer stored.");
        assertThat(page.select("#flash").hasClass("alert-danger")).isTrue();
    }

    @Test
    void theProblemsDownloadStreamsACsv() {
        ImportRecord record = completed(COUNTS);
        imports().addProblem(record.id(), new ImportProblem(3, "email", "not-an-email", "Not an email address"));
        imports().addProblem(record.id(), new ImportProblem(7, "phone", "12, 34", "Not a phone number"));

        HttpResponse<String> response = admin.get("/settings/imports/1/problems.csv", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"import-1-problems-20250102.csv\"");
        assertThat(response.body().split("\r\n")).containsExactly("line,field,value,reason",
                "3,email,not-an-email,Not an email address", "7,phone,\"12, 34\",Not a phone number");
        assertThat(imports().calls()).containsExactly("export 1");
    }

    @Test
    void resolvingAllConflictsAsksForConfirmationFirst() {
        ImportRecord record = completed(COUNTS);

        Document take = page("/settings/imports/" + record.id().value() + "/conflicts/resolve?choice=take");
        Document keep = page("/settings/imports/1/conflicts/resolve?choice=keep");

        assertThat(take.select("#confirm-heading").text()).isEqualTo("Take every incoming value?");
        assertThat(take.select("#confirm-resolve-all").text()).isEqualTo("Take all incoming values");
        Element form = take.selectFirst("#confirm-resolve-all").closest("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/settings/imports/1/conflicts/resolve");
        assertThat(form.select("input[name=choice]").val()).isEqualTo("take");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(take.select(".card-body p").text()).contains("has 4 conflicts in all");
        assertThat(keep.select("#confirm-heading").text()).isEqualTo("Keep every current value?");
        assertThat(keep.select("input[name=choice]").val()).isEqualTo("keep");
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void resolvingAllConflictsCannotEditAndNeedsAKnownChoice() {
        completed(COUNTS);

        HttpResponse<String> edit = admin.get("/settings/imports/1/conflicts/resolve?choice=edit");
        HttpResponse<String> none = admin.get("/settings/imports/1/conflicts/resolve");
        HttpResponse<String> postEdit = admin.post("/settings/imports/1/conflicts/resolve", Map.of("choice", "edit"));

        assertThat(edit.statusCode()).isEqualTo(400);
        assertThat(edit.body()).contains("edit them one by one");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(postEdit.statusCode()).isEqualTo(400);
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void resolvingAllConflictsSettlesThemAndFlashesTheCount() {
        ImportRecord record = completed(COUNTS);
        ImportRecord other = completed(COUNTS);
        imports().addConflict(record.id(), "Ann Lee", ConflictField.EMAIL, "a@example.com", "a@example.com", "b@example.com");
        imports().addConflict(record.id(), "Bob Stone", ConflictField.PHONE, "+16175550100", "+16175550100", "+16175550199");
        imports().addConflict(other.id(), "Cy Young", ConflictField.LAST_NAME, "Young", "Young", "Old");

        HttpResponse<String> response = admin.post("/settings/imports/1/conflicts/resolve", Map.of("choice", "take"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/settings/imports/1");
        assertThat(imports().calls()).containsExactly("resolveAll 1 TAKE " + server.accounts().admin().email().value());
        assertThat(imports().get(1L).orElseThrow().status()).isEqualTo(ConflictStatus.TOOK_INCOMING);
        assertThat(imports().get(3L).orElseThrow().status()).isEqualTo(ConflictStatus.OPEN);
        assertThat(page("/settings/imports/1").select("#flash").text())
                .isEqualTo("Resolved 2 conflicts: took the incoming values.");

        imports().addConflict(record.id(), "Dee Dee", ConflictField.FIRST_NAME, "Dee", "Dee", "D");
        admin.post("/settings/imports/1/conflicts/resolve", Map.of("choice", "keep"));
        assertThat(page("/settings/imports/1").select("#flash").text())
                .isEqualTo("Resolved 1 conflict: kept the current values.");
    }

    @Test
    void anImportAwaitingItsMappingShowsTheMappingStepInsteadOfTheProgressPanel() {
        imports().saveMapping("Agents", new ColumnMapping(Map.of(ImportField.PHONE, "Cell")));
        ImportRecord waiting = imports().addAwaitingMapping("leads.csv", List.of("Full name", "Cell", "Colour"));

        Document page = page("/settings/imports/" + waiting.id().value());

        assertThat(page.select("#import-progress")).isEmpty();
        assertThat(page.select("[hx-get]")).as("nothing polls while waiting for the mapping").isEmpty();
        assertThat(page.select(".crm-import-status").attr("data-status")).isEqualTo("mapping");
        assertThat(page.select(".crm-import-status").text()).isEqualTo("Waiting for a column mapping");
        assertThat(page.select(".crm-import-status").hasClass("text-bg-warning")).isTrue();
        Element form = page.selectFirst("#mapping-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/settings/imports/1/mapping");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(form.select("tr.crm-mapping-row").eachAttr("data-column")).containsExactly("Full name", "Cell", "Colour");
        assertThat(form.select("select[name=column-0] option").eachText()).hasSize(ImportField.values().length + 1)
                .startsWith("Ignore this column", "First name", "Last name", "Full name");
        assertThat(form.select("select[name=column-0] option[selected]").val()).isEqualTo("FULL_NAME");
        assertThat(form.select("select[name=column-1] option[selected]").val()).isEmpty();
        assertThat(form.select("select[name=column-2] option[selected]").val()).isEmpty();
        assertThat(form.select("input[name=saveAs]").val()).isEmpty();
        assertThat(form.select("#start-import").text()).isEqualTo("Start import");
        Element saved = page.selectFirst("#saved-mapping-form");
        assertThat(saved.attr("method")).isEqualTo("get");
        assertThat(saved.select("select[name=mapping] option").eachAttr("value")).containsExactly("", "Agents");
    }

    @Test
    void choosingASavedMappingReloadsTheStepWithItsFields() {
        imports().saveMapping("Agents", new ColumnMapping(Map.of(ImportField.PHONE, "Cell")));
        imports().addAwaitingMapping("leads.csv", List.of("Full name", "Cell"));

        Document page = page("/settings/imports/1?mapping=Agents");

        Element form = page.selectFirst("#mapping-form");
        assertThat(form.select("select[name=column-0] option[selected]").val()).isEmpty();
        assertThat(form.select("select[name=column-1] option[selected]").val()).isEqualTo("PHONE");
        assertThat(page.select("#saved-mapping option[selected]").val()).isEqualTo("Agents");

        Document unknown = page("/settings/imports/1?mapping=Nope");
        assertThat(unknown.select("#mapping-error").text()).contains("'Nope'");
    }

    @Test
    void withoutSavedMappingsThereIsNothingToStartFrom() {
        imports().addAwaitingMapping("leads.csv", List.of("Phone"));

        Document page = page("/settings/imports/1");

        assertThat(page.select("#saved-mapping-form")).isEmpty();
        assertThat(page.select("#mapping-form select[name=column-0] option[selected]").val()).isEqualTo("PHONE");
    }

    @Test
    void startingTheImportStoresTheMappingAndRedirectsToTheQueuedImport() {
        imports().addAwaitingMapping("leads.csv", List.of("Full name", "Cell", "Colour"));

        HttpResponse<String> response = admin.post("/settings/imports/1/mapping", Map.of("column-0", "FULL_NAME",
                "column-1", "PHONE", "column-2", "", "saveAs", " Agents "));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/settings/imports/1");
        assertThat(imports().mappings()).singleElement().satisfies(command -> {
            assertThat(command.fieldByColumn()).containsExactly(Map.entry("Full name", ImportField.FULL_NAME),
                    Map.entry("Cell", ImportField.PHONE));
            assertThat(command.saveAsName()).isEqualTo("Agents");
        });
        Document page = page("/settings/imports/1");
        assertThat(page.select("#mapping-form")).isEmpty();
        assertThat(page.selectFirst("#import-progress").attr("hx-get")).isEqualTo("/settings/imports/1/progress");
        assertThat(page.select(".crm-import-status").attr("data-status")).isEqualTo("queued");
        assertThat(page.text()).contains("Import 1 is queued with this column mapping. The mapping is saved as 'Agents'.");
    }

    @Test
    void aRefusedMappingReRendersTheFormWithTheMessageAndTheChoicesKept() {
        imports().addAwaitingMapping("leads.csv", List.of("Full name", "Cell", "Colour"));

        HttpResponse<String> response = admin.post("/settings/imports/1/mapping", Map.of("column-0", "PHONE",
                "column-1", "PHONE", "column-2", "NOTES", "saveAs", "Agents"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#mapping-error").text()).contains("Two columns are mapped to Phone");
        assertThat(page.select("#mapping-form select[name=column-0] option[selected]").val()).isEqualTo("PHONE");
        assertThat(page.select("#mapping-form select[name=column-1] option[selected]").val()).isEqualTo("PHONE");
        assertThat(page.select("#mapping-form select[name=column-2] option[selected]").val()).isEqualTo("NOTES");
        assertThat(page.select("#mapping-form input[name=saveAs]").val()).isEqualTo("Agents");
        assertThat(imports().get(new ImportId(1)).orElseThrow().record().status())
                .isEqualTo(ImportStatus.AWAITING_MAPPING);
    }

    @Test
    void mappingAnImportNoLongerWaitingGoesBackToItsPageWithAMessage() {
        imports().add("queued.csv", ImportStatus.QUEUED, 0, null, null, ImportCounts.none(), false);

        HttpResponse<String> response = admin.post("/settings/imports/1/mapping", Map.of("column-0", "PHONE"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(imports().mappings()).isEmpty();
        assertThat(page("/settings/imports/1").text()).contains("no longer waiting for a column mapping");
    }

    @Test
    void anUnknownFieldIsABadRequest() {
        imports().addAwaitingMapping("leads.csv", List.of("Cell"));

        assertThat(admin.post("/settings/imports/1/mapping", Map.of("column-0", "SHOE_SIZE")).statusCode())
                .isEqualTo(400);
        assertThat(imports().mappings()).isEmpty();
    }

    @Test
    void anUnknownImportIs404OnEveryRoute() {
        for (String path : List.of("/settings/imports/9", "/settings/imports/9/progress", "/settings/imports/9/problems.csv",
                "/settings/imports/9/conflicts/resolve?choice=keep")) {
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(admin.post("/settings/imports/9/rerun", Map.of()).statusCode()).isEqualTo(404);
        assertThat(admin.post("/settings/imports/9/mapping", Map.of()).statusCode()).isEqualTo(404);
        assertThat(admin.post("/settings/imports/9/conflicts/resolve", Map.of("choice", "keep")).statusCode()).isEqualTo(404);
        assertThat(admin.get("/settings/imports/abc").statusCode()).isIn(400, 404);
        assertThat(imports().calls()).isEmpty();
    }

    @Test
    void unknownParametersAreRefused() {
        assertThat(admin.get("/settings/imports?sort=name").statusCode()).isEqualTo(400);
        assertThat(admin.get("/settings/imports?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aMarketerIsForbiddenEveryRoute() {
        completed(COUNTS);
        Browser marketer = server.marketer();

        for (String path : List.of("/settings/imports", "/settings/imports/1", "/settings/imports/1/progress",
                "/settings/imports/1/problems.csv", "/settings/imports/1/conflicts/resolve?choice=keep")) {
            HttpResponse<String> response = marketer.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).contains(Access.NO_PERMISSION);
        }
        for (String path : List.of("/settings/imports/1/rerun", "/settings/imports/1/conflicts/resolve",
                "/settings/imports/1/mapping")) {
            assertThat(marketer.post(path, Map.of("choice", "take")).statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> upload = marketer.send(marketer.request("/settings/imports/upload?name=x.csv")
                .header("Content-Type", "text/csv").header("Origin", server.origin())
                .header("X-CSRF-Token", marketer.csrfToken()).POST(HttpRequest.BodyPublishers.ofByteArray(csv(100))));
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(imports().calls()).isEmpty();
        assertThat(imports().uploads()).isEmpty();
    }

    @Test
    void theHistoryPagesAHundredAtATime() {
        for (int i = 0; i < 101; i++) {
            imports().add("f" + i + ".csv", ImportStatus.COMPLETED, 1, 1L, null, NOTHING_CHANGED, false);
        }

        Document first = page("/settings/imports");
        Document second = page("/settings/imports?page=2");

        assertThat(first.select("tr.crm-import")).hasSize(100);
        assertThat(first.select("a.crm-page-next").attr("href")).isEqualTo("/settings/imports?page=2");
        assertThat(second.select("tr.crm-import").eachAttr("data-import-id")).containsExactly("1");
    }
}
