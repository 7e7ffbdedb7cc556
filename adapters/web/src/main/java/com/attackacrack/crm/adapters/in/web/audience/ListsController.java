package com.attackacrack.crm.adapters.in.web.audience;

import com.attackacrack.crm.adapters.in.web.FieldErrors;
import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.contact.ContactListParams;
import com.attackacrack.crm.adapters.in.web.contact.ContactRowView;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.adapters.in.web.listing.ListLinks;
import com.attackacrack.crm.adapters.in.web.listing.PagerView;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.adapters.in.web.listing.QueryParameters;
import com.attackacrack.crm.application.port.in.campaign.AddContactsToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.AddImportToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.AddMatchingContactsToListUseCase;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.CampaignListDetails;
import com.attackacrack.crm.application.port.in.campaign.CreateCampaignListUseCase;
import com.attackacrack.crm.application.port.in.campaign.DeleteCampaignListUseCase;
import com.attackacrack.crm.application.port.in.campaign.GetCampaignListUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListAddition;
import com.attackacrack.crm.application.port.in.campaign.ListCampaignListsUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.application.port.in.campaign.RemoveListMembersUseCase;
import com.attackacrack.crm.application.port.in.campaign.RenameCampaignListUseCase;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Static campaign lists (USE_CRM): every list with its member count and a create form; a list's members page with
 * pages, remove-selected, rename and delete (after a confirmation page); adding contacts from the contact list
 * (selected ones or all matching its filter) and from an import. Every change redirects with a flash naming the
 * count and the list.
 */
public final class ListsController implements HttpService {

    /** The lists page. */
    public static final String PATH = "/lists";
    /** Where the contact list's "add to list" form posts. */
    public static final String ADD_CONTACTS_PATH = PATH + "/add-contacts";
    /** The page that adds an import's contacts to a list: append the import id. */
    public static final String ADD_IMPORT_PATH = PATH + "/add-import";

    /** How many lists the "choose a list" menus offer (the newest). */
    static final PageRequest CHOICES = new PageRequest(1, PageRequest.MAX_SIZE);

    private static final Access CRM = Access.permission(Permission.USE_CRM);
    private static final String CONTACTS_PATH = "/contacts";
    private static final Set<String> PAGE_PARAMETERS = Set.of("page", "size");

    private final UseCases useCases;
    private final TemplateRenderer renderer;
    private final Flash flash;

    /**
     * The list use cases this area calls; one service may implement several of them.
     *
     * @param list        every list, for the lists page and the "choose a list" menus
     * @param get         one list with a page of members
     * @param create      a new list
     * @param rename      a new name or description
     * @param delete      removes a list (never its contacts)
     * @param addContacts adds selected contacts
     * @param addMatching adds every contact matching the contact list's filter
     * @param addImport   adds an import's contacts
     * @param remove      removes selected members
     */
    public record UseCases(ListCampaignListsUseCase list, GetCampaignListUseCase get, CreateCampaignListUseCase create,
                           RenameCampaignListUseCase rename, DeleteCampaignListUseCase delete,
                           AddContactsToListUseCase addContacts, AddMatchingContactsToListUseCase addMatching,
                           AddImportToListUseCase addImport, RemoveListMembersUseCase remove) {

        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(rename, "rename");
            Objects.requireNonNull(delete, "delete");
            Objects.requireNonNull(addContacts, "addContacts");
            Objects.requireNonNull(addMatching, "addMatching");
            Objects.requireNonNull(addImport, "addImport");
            Objects.requireNonNull(remove, "remove");
        }
    }

    /**
     * The list routes.
     *
     * @param useCases the list use cases
     * @param renderer the page renderer
     * @param cookies  the server's cookies ({@code WebSecurity.cookies()}), for flash messages
     */
    public ListsController(UseCases useCases, TemplateRenderer renderer, WebCookies cookies) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, CRM, this::index)
                .post(PATH, CRM, this::create)
                .post(ADD_CONTACTS_PATH, CRM, this::addContacts)
                .get(ADD_IMPORT_PATH + "/{importId}", CRM, this::chooseForImport)
                .post(ADD_IMPORT_PATH + "/{importId}", CRM, this::addImport)
                .get(PATH + "/{id}", CRM, this::detail)
                .post(PATH + "/{id}/rename", CRM, this::rename)
                .post(PATH + "/{id}/remove", CRM, this::removeMembers)
                .get(PATH + "/{id}/delete", CRM, this::confirmDelete)
                .post(PATH + "/{id}/delete", CRM, this::delete);
    }

    private void index(ServerRequest request, ServerResponse response) {
        index(request, response, Status.OK_200, Map.of("name", "", "description", ""), new FieldErrors());
    }

    private void index(ServerRequest request, ServerResponse response, Status status, Map<String, String> form,
                       FieldErrors errors) {
        QueryParameters params = QueryParameters.from(request, PAGE_PARAMETERS);
        Page<CampaignList> lists = useCases.list().list(params.pageRequest());
        Map<String, Object> model = new HashMap<>();
        model.put("lists", lists.rows().stream().map(CampaignListView::from).toList());
        model.put("total", lists.total());
        model.put("pager", PagerView.of(lists, new ListLinks(PATH, QueryParameters.present(params.values(List.of("size"))))));
        model.put("form", form);
        model.put("errors", errors.asMap());
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, status, "lists/index", model);
    }

    private void create(ServerRequest request, ServerResponse response) {
        FormData data = FormData.of(request);
        Map<String, String> form = Map.of("name", data.value("name"), "description", data.value("description"));
        try {
            CampaignList list = useCases.create().create(new CampaignListCommand(form.get("name"), form.get("description")));
            flash.put(response, Flash.Message.success("Created the list " + list.name() + ": add contacts to it from the "
                    + "contact list."));
            Redirects.seeOther(response, PATH + "/" + list.id().value());
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.INVALID && e.kind() != BusinessRuleException.Kind.CONFLICT) {
                throw e;
            }
            index(request, response, BusinessRuleErrorHandler.status(e.kind()), form,
                    new FieldErrors().add(field(e), e.getMessage()));
        }
    }

    private void detail(ServerRequest request, ServerResponse response) {
        detail(request, response, Status.OK_200, null, new FieldErrors());
    }

    private void detail(ServerRequest request, ServerResponse response, Status status, Map<String, String> form,
                        FieldErrors errors) {
        CampaignListId id = id(request);
        QueryParameters params = QueryParameters.from(request, PAGE_PARAMETERS);
        CampaignListDetails details = useCases.get().get(id, params.pageRequest());
        CampaignListView list = CampaignListView.from(details.list());
        Map<String, Object> model = new HashMap<>();
        model.put("list", list);
        model.put("members", details.members().rows().stream().map(ContactRowView::from).toList());
        model.put("total", details.members().total());
        model.put("totalText", CampaignListView.members(details.members().total()));
        model.put("pager", PagerView.of(details.members(), new ListLinks(PATH + "/" + id.value(),
                QueryParameters.present(params.values(List.of("size"))))));
        model.put("firstPageLink", PATH + "/" + id.value());
        model.put("form", form == null ? Map.of("name", list.name(), "description", list.description()) : form);
        model.put("errors", errors.asMap());
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, status, "lists/detail", model);
    }

    private void rename(ServerRequest request, ServerResponse response) {
        CampaignListId id = id(request);
        FormData data = FormData.of(request);
        Map<String, String> form = Map.of("name", data.value("name"), "description", data.value("description"));
        try {
            CampaignList list = useCases.rename().rename(id, new CampaignListCommand(form.get("name"), form.get("description")));
            flash.put(response, Flash.Message.success("Saved the list " + list.name() + "."));
            Redirects.seeOther(response, PATH + "/" + id.value());
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.INVALID && e.kind() != BusinessRuleException.Kind.CONFLICT) {
                throw e;
            }
            detail(request, response, BusinessRuleErrorHandler.status(e.kind()), form,
                    new FieldErrors().add(field(e), e.getMessage()));
        }
    }

    private void removeMembers(ServerRequest request, ServerResponse response) {
        CampaignListId id = id(request);
        List<ContactId> contacts = contactIds(FormData.of(request));
        if (contacts.isEmpty()) {
            flash.put(response, new Flash.Message("warning", "Select the contacts to remove first.", null, null));
        } else {
            long removed = useCases.remove().remove(new ListMembersCommand(id, contacts));
            String name = useCases.get().get(id, new PageRequest(1, 1)).list().name();
            flash.put(response, Flash.Message.success("Removed " + CampaignListView.members(removed) + " from " + name + "."));
        }
        Redirects.seeOther(response, PATH + "/" + id.value());
    }

    private void confirmDelete(ServerRequest request, ServerResponse response) {
        CampaignListDetails details = useCases.get().get(id(request), new PageRequest(1, 1));
        renderer.send(request, response, "lists/delete", Map.of("list", CampaignListView.from(details.list())));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        CampaignListId id = id(request);
        String name = useCases.get().get(id, new PageRequest(1, 1)).list().name();
        useCases.delete().delete(id);
        flash.put(response, Flash.Message.success("Deleted the list " + name + ". Its contacts stay in the CRM."));
        Redirects.seeOther(response, PATH);
    }

    /** The contact list's form: the selected contacts, or every contact matching the list's filters, to one list. */
    private void addContacts(ServerRequest request, ServerResponse response) {
        FormData data = FormData.of(request);
        Map<String, String> raw = new LinkedHashMap<>();
        for (String name : ContactListParams.NAMES) {
            raw.put(name, data.value(name));
        }
        ContactListParams params = ContactListParams.of(raw);
        String back = ListLinks.url(CONTACTS_PATH, params.present());
        OptionalLong listId = PathIds.parse(data.value("list"));
        if (listId.isEmpty()) {
            flash.put(response, new Flash.Message("warning", "Choose a list to add the contacts to.", null, null));
            Redirects.seeOther(response, back);
            return;
        }
        CampaignListId list = new CampaignListId(listId.getAsLong());
        ListAddition addition;
        if ("matching".equals(data.value("scope"))) {
            addition = useCases.addMatching().addMatching(list, params.query().filter());
        } else {
            List<ContactId> contacts = contactIds(data);
            if (contacts.isEmpty()) {
                flash.put(response, new Flash.Message("warning", "Select contacts with the boxes first, or add all "
                        + "matching.", null, null));
                Redirects.seeOther(response, back);
                return;
            }
            addition = useCases.addContacts().add(new ListMembersCommand(list, contacts));
        }
        flash.put(response, added(addition));
        Redirects.seeOther(response, back);
    }

    private void chooseForImport(ServerRequest request, ServerResponse response) {
        chooseForImport(request, response, Status.OK_200, PathIds.of(request, "importId"), "", null);
    }

    /** The "add import to a list" page, with the submitted choice and a form error after a refused POST. */
    private void chooseForImport(ServerRequest request, ServerResponse response, Status status, long importId,
                                 String selected, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("importId", importId);
        model.put("lists", choices());
        model.put("selected", selected);
        if (error != null) {
            model.put("error", error);
        }
        renderer.send(request, response, status, "lists/add-import", model);
    }

    private void addImport(ServerRequest request, ServerResponse response) {
        long importId = PathIds.of(request, "importId");
        String chosen = FormData.of(request).value("list");
        OptionalLong listId = PathIds.parse(chosen);
        if (listId.isEmpty()) {
            chooseForImport(request, response, Status.BAD_REQUEST_400, importId, chosen.strip(),
                    "Choose a list to add the import's contacts to.");
            return;
        }
        CampaignListId list = new CampaignListId(listId.getAsLong());
        ListAddition addition;
        try {
            addition = useCases.addImport().addImport(list, new ImportId(importId));
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.NOT_FOUND || listExists(list)) {
                throw e;
            }
            chooseForImport(request, response, Status.CONFLICT_409, importId, "",
                    "That list no longer exists: choose another.");
            return;
        }
        flash.put(response, added(addition));
        Redirects.seeOther(response, PATH + "/" + addition.list().id().value());
    }

    /** Whether a list is still there (an unknown list and an unknown import are both "not found"). */
    private boolean listExists(CampaignListId list) {
        try {
            useCases.get().get(list, new PageRequest(1, 1));
            return true;
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.NOT_FOUND) {
                throw e;
            }
            return false;
        }
    }

    /** The lists offered in "choose a list" menus, newest first. */
    List<CampaignListView> choices() {
        return useCases.list().list(CHOICES).rows().stream().map(CampaignListView::from).toList();
    }

    private static Flash.Message added(ListAddition addition) {
        CampaignList list = addition.list();
        String now = " (" + CampaignListView.members(list.memberCount()) + " now).";
        if (addition.added() == 0) {
            return new Flash.Message("info", "No contacts added to " + list.name() + ": they were on it already" + now,
                    null, null);
        }
        return Flash.Message.success("Added " + CampaignListView.members(addition.added()) + " to " + list.name() + now);
    }

    /** The checked contact ids; a 400 naming the value when one is not an id. */
    private static List<ContactId> contactIds(FormData data) {
        List<ContactId> ids = new ArrayList<>();
        for (String value : data.all("contact")) {
            OptionalLong id = PathIds.parse(value);
            if (id.isEmpty()) {
                throw QueryParameters.bad("The field 'contact' must hold contact ids, was '" + Formats.text(value) + "'.");
            }
            ids.add(new ContactId(id.getAsLong()));
        }
        return ids;
    }

    /** The form field a name or description failure belongs to. */
    private static String field(BusinessRuleException e) {
        return e.getMessage().startsWith("Description") ? "description" : "name";
    }

    private static CampaignListId id(ServerRequest request) {
        return new CampaignListId(PathIds.of(request, "id"));
    }
}
