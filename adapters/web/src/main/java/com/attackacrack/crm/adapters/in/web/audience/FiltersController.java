package com.attackacrack.crm.adapters.in.web.audience;

import com.attackacrack.crm.adapters.in.web.FieldErrors;
import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.JsonResponses;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.adapters.in.web.listing.ListLinks;
import com.attackacrack.crm.adapters.in.web.listing.PagerView;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.adapters.in.web.listing.QueryParameters;
import com.attackacrack.crm.application.port.in.campaign.CountAudienceUseCase;
import com.attackacrack.crm.application.port.in.campaign.CreateSavedFilterUseCase;
import com.attackacrack.crm.application.port.in.campaign.DeleteSavedFilterUseCase;
import com.attackacrack.crm.application.port.in.campaign.GetSavedFilterUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListCampaignListsUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListSavedFiltersUseCase;
import com.attackacrack.crm.application.port.in.campaign.SavedFilterCommand;
import com.attackacrack.crm.application.port.in.campaign.UpdateSavedFilterUseCase;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Saved audience filters (USE_CRM): the list of filters, a form with every criterion and a live count of the contacts
 * it matches ({@code GET /filters/count}, JSON, called by {@code audience-count.js} as the form changes), save with a
 * flash, and delete after a confirmation page.
 */
public final class FiltersController implements HttpService {

    /** The saved filters page. */
    public static final String PATH = "/filters";

    private static final Access CRM = Access.permission(Permission.USE_CRM);
    private static final Set<String> PAGE_PARAMETERS = Set.of("page", "size");
    private static final Set<String> COUNT_PARAMETERS = Set.copyOf(AudienceForm.CRITERIA);

    private final UseCases useCases;
    private final TemplateRenderer renderer;
    private final Flash flash;

    /**
     * The saved-filter use cases this area calls; one service may implement several of them.
     *
     * @param list   one page of saved filters
     * @param get    one saved filter
     * @param create a new saved filter
     * @param update new name and criteria
     * @param delete removes a saved filter
     * @param count  the live count of a filter's contacts
     * @param lists  the campaign lists, for the "in list" and "not in list" menus
     */
    public record UseCases(ListSavedFiltersUseCase list, GetSavedFilterUseCase get, CreateSavedFilterUseCase create,
                           UpdateSavedFilterUseCase update, DeleteSavedFilterUseCase delete, CountAudienceUseCase count,
                           ListCampaignListsUseCase lists) {

        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(update, "update");
            Objects.requireNonNull(delete, "delete");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(lists, "lists");
        }
    }

    /**
     * The saved-filter routes.
     *
     * @param useCases the saved-filter use cases
     * @param renderer the page renderer
     * @param cookies  the server's cookies ({@code WebSecurity.cookies()}), for flash messages
     */
    public FiltersController(UseCases useCases, TemplateRenderer renderer, WebCookies cookies) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, CRM, this::index)
                .get(PATH + "/count", CRM, this::count)
                .get(PATH + "/new", CRM, this::newForm)
                .post(PATH + "/new", CRM, this::create)
                .get(PATH + "/{id}", CRM, this::editForm)
                .post(PATH + "/{id}", CRM, this::update)
                .get(PATH + "/{id}/delete", CRM, this::confirmDelete)
                .post(PATH + "/{id}/delete", CRM, this::delete);
    }

    private void index(ServerRequest request, ServerResponse response) {
        QueryParameters params = QueryParameters.from(request, PAGE_PARAMETERS);
        Page<SavedFilter> filters = useCases.list().list(params.pageRequest());
        Map<Long, String> names = listNames();
        Map<String, Object> model = new HashMap<>();
        model.put("filters", filters.rows().stream().map(it -> SavedFilterView.from(it, names)).toList());
        model.put("total", filters.total());
        model.put("pager", PagerView.of(filters, new ListLinks(PATH, QueryParameters.present(params.values(List.of("size"))))));
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "filters/list", model);
    }

    /** {@code {"count": N}}, or {@code {"error": "..."}} with a 400 naming what is wrong. */
    private void count(ServerRequest request, ServerResponse response) {
        QueryParameters.from(request, COUNT_PARAMETERS);
        AudienceForm form = AudienceForm.read(name -> request.query().first(name).orElse(""));
        FieldErrors errors = new FieldErrors();
        AudienceFilter filter = form.filter(errors);
        if (filter == null) {
            String message = errors.asMap().values().stream().flatMap(List::stream).findFirst().orElse("Check the filter.");
            JsonResponses.send(response, Status.BAD_REQUEST_400, Map.of("error", message));
            return;
        }
        JsonResponses.send(response, Status.OK_200, Map.of("count", useCases.count().count(filter)));
    }

    private void newForm(ServerRequest request, ServerResponse response) {
        form(request, response, Status.OK_200, null, AudienceForm.empty(), new FieldErrors(), null);
    }

    private void create(ServerRequest request, ServerResponse response) {
        AudienceForm form = read(request);
        save(request, response, null, form, filter -> useCases.create().create(new SavedFilterCommand(form.name(), filter)));
    }

    private void editForm(ServerRequest request, ServerResponse response) {
        SavedFilter filter = useCases.get().get(id(request));
        form(request, response, Status.OK_200, filter, AudienceForm.of(filter.name(), filter.criteria()), new FieldErrors(),
                null);
    }

    private void update(ServerRequest request, ServerResponse response) {
        SavedFilterId id = id(request);
        SavedFilter editing = useCases.get().get(id);
        AudienceForm form = read(request);
        save(request, response, editing, form, filter -> useCases.update().update(id, new SavedFilterCommand(form.name(),
                filter)));
    }

    /** How a valid filter is saved. */
    @FunctionalInterface
    private interface Save {
        SavedFilter save(AudienceFilter filter);
    }

    private void save(ServerRequest request, ServerResponse response, SavedFilter editing, AudienceForm form, Save save) {
        FieldErrors errors = new FieldErrors();
        AudienceFilter filter = form.filter(errors);
        if (filter == null) {
            form(request, response, Status.BAD_REQUEST_400, editing, form, errors, firstOf(errors, "criteria"));
            return;
        }
        try {
            SavedFilter saved = save.save(filter);
            flash.put(response, Flash.Message.success("Saved the filter " + saved.name() + "."));
            Redirects.seeOther(response, PATH);
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.INVALID && e.kind() != BusinessRuleException.Kind.CONFLICT) {
                throw e;
            }
            form(request, response, BusinessRuleErrorHandler.status(e.kind()), editing, form,
                    new FieldErrors().add("name", e.getMessage()), null);
        }
    }

    private void form(ServerRequest request, ServerResponse response, Status status, SavedFilter editing,
                      AudienceForm form, FieldErrors errors, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.values());
        model.put("errors", errors.asMap());
        model.put("lists", listChoices());
        model.put("action", editing == null ? PATH + "/new" : PATH + "/" + editing.id().value());
        if (editing != null) {
            model.put("filterId", editing.id().value());
            model.put("filterName", editing.name());
        }
        if (error != null) {
            model.put("error", error);
        }
        AudienceFilter filter = form.filter(new FieldErrors());
        if (filter != null) {
            model.put("count", useCases.count().count(filter));
        }
        renderer.send(request, response, status, "filters/form", model);
    }

    private void confirmDelete(ServerRequest request, ServerResponse response) {
        SavedFilter filter = useCases.get().get(id(request));
        renderer.send(request, response, "filters/delete", Map.of("filter", SavedFilterView.from(filter, listNames())));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        SavedFilterId id = id(request);
        String name = useCases.get().get(id).name();
        useCases.delete().delete(id);
        flash.put(response, Flash.Message.success("Deleted the filter " + name + "."));
        Redirects.seeOther(response, PATH);
    }

    private List<CampaignListView> listChoices() {
        return useCases.lists().list(ListsController.CHOICES).rows().stream().map(CampaignListView::from).toList();
    }

    private Map<Long, String> listNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (CampaignList list : useCases.lists().list(ListsController.CHOICES).rows()) {
            names.put(list.id().value(), list.name());
        }
        return names;
    }

    private static String firstOf(FieldErrors errors, String field) {
        List<String> messages = errors.asMap().get(field);
        return messages == null || messages.isEmpty() ? null : messages.get(0);
    }

    private static AudienceForm read(ServerRequest request) {
        FormData data = FormData.of(request);
        return AudienceForm.read(data::value);
    }

    private static SavedFilterId id(ServerRequest request) {
        return new SavedFilterId(PathIds.of(request, "id"));
    }
}
