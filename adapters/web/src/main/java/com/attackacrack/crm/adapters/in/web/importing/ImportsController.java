package com.attackacrack.crm.adapters.in.web.importing;

import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.CurrentUsers;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.adapters.in.web.error.FriendlyHttpException;
import com.attackacrack.crm.adapters.in.web.listing.CsvWriter;
import com.attackacrack.crm.adapters.in.web.listing.ListLinks;
import com.attackacrack.crm.adapters.in.web.listing.PagerView;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.adapters.in.web.listing.QueryParameters;
import com.attackacrack.crm.application.port.in.importing.ColumnMappingDraft;
import com.attackacrack.crm.application.port.in.importing.ConflictChoice;
import com.attackacrack.crm.application.port.in.importing.ExportImportProblemsUseCase;
import com.attackacrack.crm.application.port.in.importing.GetImportUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportDetails;
import com.attackacrack.crm.application.port.in.importing.ListImportsUseCase;
import com.attackacrack.crm.application.port.in.importing.MapImportColumnsCommand;
import com.attackacrack.crm.application.port.in.importing.MapImportColumnsUseCase;
import com.attackacrack.crm.application.port.in.importing.PrepareColumnMappingUseCase;
import com.attackacrack.crm.application.port.in.importing.RerunImportUseCase;
import com.attackacrack.crm.application.port.in.importing.ResolveImportConflictsUseCase;
import com.attackacrack.crm.application.port.in.importing.UploadImportCommand;
import com.attackacrack.crm.application.port.in.importing.UploadImportUseCase;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.HeaderNames;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings, Data Imports (MANAGE_IMPORTS): upload a file (streamed as the raw request body by the page's script
 * into the database, then run by a worker), the history, each import's page with live progress (polled, so it
 * survives a reload) or, for a generic file waiting for one, the column mapping step (proposed from the header or a
 * saved mapping; posting it may save the mapping and queues the import), its counts, the row problems as CSV,
 * re-running a failed import, and settling all of an import's conflicts at once (after a confirmation page).
 */
public final class ImportsController implements HttpService {

    /** The imports page. */
    public static final String PATH = "/settings/imports";
    /** The upload route: the one route that takes bodies up to {@link #MAX_FILE_BYTES}. */
    public static final String UPLOAD_PATH = PATH + "/upload";
    /** The largest file the upload accepts (512 MiB); larger loads go through {@code crm import}. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private static final Access IMPORTS = Access.permission(Permission.MANAGE_IMPORTS);
    private static final List<String> PROBLEM_HEADER = List.of("line", "field", "value", "reason");

    private final UseCases useCases;
    private final TemplateRenderer renderer;
    private final Flash flash;
    private final Clock clock;

    /**
     * The import use cases this area calls.
     *
     * @param upload     store an uploaded file and queue its import
     * @param list       the history
     * @param get        one import with its counts
     * @param problems   an import's row problems, streamed
     * @param rerun      queue a failed import again
     * @param resolveAll settle all of an import's conflicts
     * @param prepareMapping propose the column mapping of an import waiting for one
     * @param mapColumns store an import's column mapping (optionally saving it) and queue the import
     */
    public record UseCases(UploadImportUseCase upload, ListImportsUseCase list, GetImportUseCase get,
                           ExportImportProblemsUseCase problems, RerunImportUseCase rerun,
                           ResolveImportConflictsUseCase resolveAll, PrepareColumnMappingUseCase prepareMapping,
                           MapImportColumnsUseCase mapColumns) {

        public UseCases {
            Objects.requireNonNull(upload, "upload");
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(problems, "problems");
            Objects.requireNonNull(rerun, "rerun");
            Objects.requireNonNull(resolveAll, "resolveAll");
            Objects.requireNonNull(prepareMapping, "prepareMapping");
            Objects.requireNonNull(mapColumns, "mapColumns");
        }
    }

    /**
     * The data import routes.
     *
     * @param useCases the import use cases
     * @param renderer the page renderer
     * @param cookies  the server's cookies, for flash messages
     * @param clock    dates the problem download
     */
    public ImportsController(UseCases useCases, TemplateRenderer renderer, WebCookies cookies, Clock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, IMPORTS, this::page)
                .post(UPLOAD_PATH, IMPORTS, this::upload)
                .get(PATH + "/{id}", IMPORTS, this::detail)
                .get(PATH + "/{id}/progress", IMPORTS, this::progress)
                .get(PATH + "/{id}/problems.csv", IMPORTS, this::problems)
                .post(PATH + "/{id}/rerun", IMPORTS, this::rerun)
                .post(PATH + "/{id}/mapping", IMPORTS, this::map)
                .get(PATH + "/{id}/conflicts/resolve", IMPORTS, this::confirmResolveAll)
                .post(PATH + "/{id}/conflicts/resolve", IMPORTS, this::resolveAll);
    }

    private void page(ServerRequest request, ServerResponse response) {
        QueryParameters params = QueryParameters.from(request, Set.of("page"));
        Page<ImportRecord> imports = useCases.list().list(params.pageRequest());
        Map<String, Object> model = new HashMap<>();
        model.put("imports", imports.rows().stream().map(ImportRowView::from).toList());
        model.put("total", imports.total());
        model.put("pager", PagerView.of(imports, new ListLinks(PATH, Map.of())));
        model.put("formats", Arrays.stream(ImportFormat.values())
                .map(it -> Map.of("code", it.key(), "label", it.label())).toList());
        model.put("maxFileMegabytes", MAX_FILE_BYTES / (1024 * 1024));
        model.put("maxFileBytes", MAX_FILE_BYTES);
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "settings/imports/list", model);
    }

    /** The raw body is the file; the name and format come in the query. Answers 201 with the import's page. */
    private void upload(ServerRequest request, ServerResponse response) {
        boolean multipart = request.headers().contentType()
                .map(type -> type.mediaType().type().equals("multipart")).orElse(false);
        if (multipart) {
            throw new FriendlyHttpException(Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "Uploading needs JavaScript in this browser: turn it on, reload the page and try again.");
        }
        QueryParameters params = QueryParameters.from(request, Set.of("name", "format"));
        String formatKey = params.text("format");
        ImportFormat format = formatKey.isEmpty() || formatKey.equals("auto") ? null : ImportFormat.fromKey(formatKey)
                .orElseThrow(() -> QueryParameters.bad("Unknown format '" + formatKey
                        + "': use auto, propertyradar, openphone or generic."));
        String uploader = CurrentUsers.require(request).user().email().value();
        try (InputStream content = request.content().inputStream()) {
            ImportId id = useCases.upload().upload(new UploadImportCommand(params.text("name"), content, format, null,
                    uploader));
            response.status(Status.CREATED_201);
            response.header(HeaderNames.LOCATION, PATH + "/" + id.value());
            response.header(TemplateRenderer.NO_STORE);
            response.send("Import " + id.value() + " is queued.");
        } catch (BusinessRuleException e) {
            response.status(BusinessRuleErrorHandler.status(e.kind()));
            response.header(TemplateRenderer.NO_STORE);
            response.send(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload", e);
        }
    }

    private void detail(ServerRequest request, ServerResponse response) {
        ImportDetails details = details(request);
        Map<String, Object> model = model(details);
        if (details.record().status() == ImportStatus.AWAITING_MAPPING) {
            String savedName = QueryParameters.from(request, Set.of("mapping")).text("mapping");
            ImportId id = details.record().id();
            ColumnMappingFormView form;
            if (savedName.isEmpty()) {
                form = ColumnMappingFormView.of(useCases.prepareMapping().prepare(id, null), "");
            } else {
                try {
                    form = ColumnMappingFormView.of(useCases.prepareMapping().prepare(id, savedName), savedName);
                } catch (BusinessRuleException e) {
                    if (e.kind() != BusinessRuleException.Kind.INVALID) {
                        throw e;
                    }
                    ColumnMappingDraft suggested = useCases.prepareMapping().prepare(id, null);
                    form = ColumnMappingFormView.of(suggested, blanks(suggested.header().size()), "", "",
                            e.getMessage());
                }
            }
            model.put("mapping", form);
        }
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "settings/imports/detail", model);
    }

    /**
     * The mapping step's form: the field chosen for each header column ({@code column-<index>}, blank: ignored) and
     * an optional name to save the mapping as. A refused mapping re-renders the form with the message and the
     * choices kept; an import no longer waiting for a mapping goes back to its page with a message.
     */
    private void map(ServerRequest request, ServerResponse response) {
        ImportDetails details = details(request);
        ImportId id = details.record().id();
        FormData form = FormData.of(request);
        if (details.record().status() != ImportStatus.AWAITING_MAPPING) {
            flash.put(response, new Flash.Message("danger", "Import " + id.value() + " is no longer waiting for a "
                    + "column mapping.", null, null));
            Redirects.seeOther(response, PATH + "/" + id.value());
            return;
        }
        ColumnMappingDraft draft = useCases.prepareMapping().prepare(id, null);
        List<String> selected = new ArrayList<>();
        Map<String, ImportField> choices = new LinkedHashMap<>();
        for (int i = 0; i < draft.header().size(); i++) {
            String code = form.value("column-" + i).strip();
            ImportField field = field(code);
            selected.add(field == null ? "" : field.name());
            if (field != null) {
                choices.put(draft.header().get(i), field);
            }
        }
        String saveAs = form.value("saveAs");
        try {
            useCases.mapColumns().map(new MapImportColumnsCommand(id, choices, saveAs));
        } catch (BusinessRuleException e) {
            if (e.kind() == BusinessRuleException.Kind.CONFLICT) {
                flash.put(response, new Flash.Message("danger", e.getMessage(), null, null));
                Redirects.seeOther(response, PATH + "/" + id.value());
                return;
            }
            Map<String, Object> model = model(details);
            model.put("mapping", ColumnMappingFormView.of(draft, selected, "", saveAs, e.getMessage()));
            renderer.send(request, response, Status.BAD_REQUEST_400, "settings/imports/detail", model);
            return;
        }
        String saved = saveAs.isBlank() ? "" : " The mapping is saved as '" + saveAs.strip() + "'.";
        flash.put(response, Flash.Message.success("Import " + id.value() + " is queued with this column mapping."
                + saved));
        Redirects.seeOther(response, PATH + "/" + id.value());
    }

    /** The field with this code; blank is none (the column is ignored); an unknown code is a bad request. */
    private static ImportField field(String code) {
        if (code.isEmpty()) {
            return null;
        }
        try {
            return ImportField.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw QueryParameters.bad("Unknown import field '" + code + "'.");
        }
    }

    private static List<String> blanks(int count) {
        return new ArrayList<>(java.util.Collections.nCopies(count, ""));
    }

    /** The progress panel alone, polled by the import page while the import is active. */
    private void progress(ServerRequest request, ServerResponse response) {
        renderer.send(request, response, "settings/imports/progress", model(details(request)));
    }

    private void problems(ServerRequest request, ServerResponse response) {
        ImportDetails details = details(request);
        CsvWriter csv = CsvWriter.download(response, "import-" + details.record().id().value() + "-problems", clock,
                PROBLEM_HEADER);
        useCases.problems().export(details.record().id(),
                problem -> csv.row(List.of(problem.line(), problem.field(), problem.value(), problem.reason())));
        csv.close();
    }

    private void rerun(ServerRequest request, ServerResponse response) {
        ImportId id = details(request).record().id();
        try {
            useCases.rerun().rerun(id);
            flash.put(response, Flash.Message.success("Import " + id.value() + " is queued again: rows already "
                    + "applied are skipped."));
        } catch (BusinessRuleException e) {
            flash.put(response, new Flash.Message("danger", e.getMessage(), null, null));
        }
        Redirects.seeOther(response, PATH + "/" + id.value());
    }

    private void confirmResolveAll(ServerRequest request, ServerResponse response) {
        ImportDetails details = details(request);
        ConflictChoice choice = bulkChoice(QueryParameters.from(request, Set.of("choice")).text("choice"));
        Map<String, Object> model = model(details);
        model.put("choice", choice.name().toLowerCase(java.util.Locale.ROOT));
        renderer.send(request, response, "settings/imports/resolve-all", model);
    }

    private void resolveAll(ServerRequest request, ServerResponse response) {
        ImportId id = details(request).record().id();
        ConflictChoice choice = bulkChoice(FormData.of(request).value("choice"));
        String who = CurrentUsers.require(request).user().email().value();
        int resolved = useCases.resolveAll().resolveAll(id, choice, who);
        String how = choice == ConflictChoice.KEEP ? "kept the current values" : "took the incoming values";
        flash.put(response, Flash.Message.success("Resolved " + resolved + " conflict" + (resolved == 1 ? "" : "s")
                + ": " + how + "."));
        Redirects.seeOther(response, PATH + "/" + id.value());
    }

    private static ConflictChoice bulkChoice(String text) {
        ConflictChoice choice;
        try {
            choice = ConflictChoice.parse(text);
        } catch (BusinessRuleException e) {
            throw QueryParameters.bad(e.getMessage());
        }
        if (choice == ConflictChoice.EDIT) {
            throw QueryParameters.bad("All conflicts of an import can be kept or taken; edit them one by one.");
        }
        return choice;
    }

    private ImportDetails details(ServerRequest request) {
        long id = PathIds.of(request, "id");
        return useCases.get().get(new ImportId(id)).orElseThrow(() -> new NotFoundException("No import " + id));
    }

    private static Map<String, Object> model(ImportDetails details) {
        Map<String, Object> model = new HashMap<>();
        model.put("item", ImportRowView.from(details.record()));
        model.put("counts", ImportCountsView.from(details.counts()));
        model.put("canRerun", details.canRerun());
        model.put("conflictsLink", ConflictsController.PATH + "?import=" + details.record().id().value());
        return model;
    }
}
