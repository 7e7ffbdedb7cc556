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
import com.attackacrack.crm.adapters.in.web.listing.ListLinks;
import com.attackacrack.crm.adapters.in.web.listing.PagerView;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.adapters.in.web.listing.QueryParameters;
import com.attackacrack.crm.application.port.in.importing.ConflictChoice;
import com.attackacrack.crm.application.port.in.importing.GetConflictUseCase;
import com.attackacrack.crm.application.port.in.importing.ListConflictsUseCase;
import com.attackacrack.crm.application.port.in.importing.ResolveConflictCommand;
import com.attackacrack.crm.application.port.in.importing.ResolveConflictUseCase;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings, Data Imports, Conflicts (MANAGE_IMPORTS): the queue of differences imports found, filtered by import,
 * status and field, and the side-by-side view where an admin keeps the current value, takes the incoming one or types
 * another; each resolution records who and when.
 */
public final class ConflictsController implements HttpService {

    /** The conflict queue. */
    public static final String PATH = "/settings/imports/conflicts";

    private static final Access IMPORTS = Access.permission(Permission.MANAGE_IMPORTS);
    private static final Set<String> LIST_PARAMETERS = Set.of("import", "status", "field", "page");

    private final UseCases useCases;
    private final TemplateRenderer renderer;
    private final Flash flash;

    /**
     * The conflict use cases.
     *
     * @param list    the queue
     * @param get     one conflict
     * @param resolve settle one conflict
     */
    public record UseCases(ListConflictsUseCase list, GetConflictUseCase get, ResolveConflictUseCase resolve) {

        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(resolve, "resolve");
        }
    }

    /**
     * The conflict routes; register them before {@link ImportsController} so that {@code /conflicts} is not read as
     * an import id.
     *
     * @param useCases the conflict use cases
     * @param renderer the page renderer
     * @param cookies  the server's cookies, for flash messages
     */
    public ConflictsController(UseCases useCases, TemplateRenderer renderer, WebCookies cookies) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, IMPORTS, this::list)
                .get(PATH + "/{id}", IMPORTS, this::detail)
                .post(PATH + "/{id}", IMPORTS, this::resolve);
    }

    private void list(ServerRequest request, ServerResponse response) {
        QueryParameters params = QueryParameters.from(request, LIST_PARAMETERS);
        Integer importId = params.whole("import", 1, Integer.MAX_VALUE);
        String status = params.choice("status", statusChoices());
        String field = params.choice("field", fieldChoices());
        ConflictFilter filter = new ConflictFilter(importId == null ? null : new ImportId(importId),
                status == null ? ConflictStatus.OPEN : status.equals("all") ? null : ConflictStatus.fromCode(status),
                field == null ? null : ConflictField.fromCode(field));
        Page<ImportConflict> conflicts = useCases.list().list(filter, params.pageRequest());
        Map<String, String> present = QueryParameters.present(params.values(List.of("import", "status", "field")));
        Map<String, Object> model = new HashMap<>();
        model.put("conflicts", conflicts.rows().stream().map(ConflictView::from).toList());
        model.put("total", conflicts.total());
        model.put("pager", PagerView.of(conflicts, new ListLinks(PATH, present)));
        model.put("filters", params.values(List.of("import", "status", "field")));
        model.put("statuses", options(statusChoices(), true));
        model.put("fields", options(fieldChoices(), false));
        // The form's defaults (open conflicts, any field) do not hide anything.
        model.put("filtered", importId != null || (status != null && !status.equals(ConflictStatus.OPEN.code()))
                || field != null);
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "settings/imports/conflicts", model);
    }

    private void detail(ServerRequest request, ServerResponse response) {
        show(request, response, Status.OK_200, conflict(request), "keep", "", null);
    }

    private void resolve(ServerRequest request, ServerResponse response) {
        ImportConflict conflict = conflict(request);
        FormData form = FormData.of(request);
        String value = form.value("value");
        String chosen = form.value("choice").strip().toLowerCase(java.util.Locale.ROOT);
        try {
            ConflictChoice choice = ConflictChoice.parse(form.value("choice"));
            useCases.resolve().resolve(new ResolveConflictCommand(conflict.id(), choice, value,
                    CurrentUsers.require(request).user().email().value()));
            flash.put(response, Flash.Message.success(conflict.field().label() + " of " + ConflictView.from(conflict)
                    .contactName() + ": " + (choice == ConflictChoice.KEEP ? "kept the current value." : "saved.")));
            Redirects.seeOther(response, PATH + "?import=" + conflict.importId().value());
        } catch (BusinessRuleException e) {
            show(request, response, BusinessRuleErrorHandler.status(e.kind()),
                    useCases.get().get(conflict.id()).orElse(conflict), chosen, value, e.getMessage());
        }
    }

    private void show(ServerRequest request, ServerResponse response, Status status, ImportConflict conflict,
                      String choice, String editedValue, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("conflict", ConflictView.from(conflict));
        // the option the form shows chosen: the one sent (so a refusal keeps it), else keep
        model.put("choice", List.of("keep", "take", "edit").contains(choice) ? choice : "keep");
        model.put("editedValue", editedValue);
        if (error != null) {
            model.put("error", error);
        }
        renderer.send(request, response, status, "settings/imports/conflict", model);
    }

    private ImportConflict conflict(ServerRequest request) {
        long id = PathIds.of(request, "id");
        return useCases.get().get(id).orElseThrow(() -> new NotFoundException("No conflict " + id));
    }

    private static List<String> statusChoices() {
        List<String> choices = new ArrayList<>(Arrays.stream(ConflictStatus.values()).map(ConflictStatus::code).toList());
        choices.add("all");
        return choices;
    }

    private static List<String> fieldChoices() {
        return Arrays.stream(ConflictField.values()).map(ConflictField::code).toList();
    }

    private static List<Map<String, String>> options(List<String> codes, boolean statuses) {
        return codes.stream().map(code -> Map.of("code", code, "label", statuses
                ? (code.equals("all") ? "Any status" : ConflictStatus.fromCode(code).label())
                : ConflictField.fromCode(code).label())).toList();
    }
}
