package com.attackacrack.crm.adapters.in.web.contact;

import com.attackacrack.crm.adapters.in.web.FieldErrors;
import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.audience.CampaignListView;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.conversation.TimelineViews;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.adapters.in.web.listing.CsvWriter;
import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.adapters.in.web.listing.ListLinks;
import com.attackacrack.crm.adapters.in.web.listing.PagerView;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.application.port.in.campaign.ListCampaignListsUseCase;
import com.attackacrack.crm.application.port.in.contact.ContactForm;
import com.attackacrack.crm.application.port.in.contact.CreateContactUseCase;
import com.attackacrack.crm.application.port.in.contact.DeleteContactUseCase;
import com.attackacrack.crm.application.port.in.contact.ExportContactsUseCase;
import com.attackacrack.crm.application.port.in.contact.GetContactUseCase;
import com.attackacrack.crm.application.port.in.contact.ListContactsUseCase;
import com.attackacrack.crm.application.port.in.contact.UpdateContactUseCase;
import com.attackacrack.crm.application.port.in.conversation.ConversationThread;
import com.attackacrack.crm.application.port.in.conversation.GetConversationUseCase;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Contacts (USE_CRM): the list with search, filters, sort, pages and CSV export; the detail page; create, edit and
 * delete (after a confirmation page). Forms post back to their own URL, re-render with every message next to its field,
 * and redirect with a flash message on success.
 */
public final class ContactsController implements HttpService {

    /** The contact list. */
    public static final String PATH = "/contacts";

    private static final Access CRM = Access.permission(Permission.USE_CRM);
    /** How many lists "add to list" offers (the newest). */
    private static final PageRequest LIST_CHOICES = new PageRequest(1, PageRequest.MAX_SIZE);
    /** How many of the latest texts and calls the detail page shows. */
    private static final int LATEST_ENTRIES = 5;
    private static final List<String> CSV_HEADER = List.of("id", "first_name", "last_name", "phone", "email", "lead_source",
            "customer_since", "opted_out", "property_count", "created_at");

    /** The form's fields: the service's problems are keyed by these; any other key is shown above the form. */
    private static final Set<String> FORM_FIELDS = Arrays.stream(ContactForm.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final UseCases useCases;
    private final ListCampaignListsUseCase lists;
    private final TemplateRenderer renderer;
    private final Flash flash;
    private final Clock clock;

    /**
     * The contact use cases this area calls; one service may implement several of them.
     *
     * @param list         one page of the list
     * @param export       every row of the list, for CSV
     * @param get          one contact with its properties
     * @param create       a new contact
     * @param update       edits to a contact
     * @param delete       removes a contact
     * @param conversation the contact's latest texts and calls, for the detail page
     */
    public record UseCases(ListContactsUseCase list, ExportContactsUseCase export, GetContactUseCase get,
                           CreateContactUseCase create, UpdateContactUseCase update, DeleteContactUseCase delete,
                           GetConversationUseCase conversation) {

        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(update, "update");
            Objects.requireNonNull(delete, "delete");
            Objects.requireNonNull(conversation, "conversation");
        }
    }

    /**
     * The contact routes with "add to list" on the list page (checkboxes, add selected, add all matching).
     *
     * @param useCases the contact use cases
     * @param lists    the campaign lists offered by "add to list"
     * @param renderer the page renderer
     * @param cookies  the server's cookies ({@code WebSecurity.cookies()}), for flash messages
     * @param clock    dates the CSV file name
     */
    public ContactsController(UseCases useCases, ListCampaignListsUseCase lists, TemplateRenderer renderer,
                              WebCookies cookies, Clock clock) {
        this.lists = Objects.requireNonNull(lists, "lists");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, CRM, this::list)
                .get(PATH + "/export.csv", CRM, this::export)
                .get(PATH + "/new", CRM, this::newForm)
                .post(PATH + "/new", CRM, this::create)
                .get(PATH + "/{id}", CRM, this::detail)
                .get(PATH + "/{id}/edit", CRM, this::editForm)
                .post(PATH + "/{id}/edit", CRM, this::update)
                .get(PATH + "/{id}/delete", CRM, this::confirmDelete)
                .post(PATH + "/{id}/delete", CRM, this::delete);
    }

    private void list(ServerRequest request, ServerResponse response) {
        ContactListParams params = ContactListParams.from(request);
        Page<ContactSummary> results = useCases.list().list(params.query());
        ListLinks links = new ListLinks(PATH, params.present());
        ContactSort sort = params.query().sort();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", results.rows().stream().map(ContactRowView::from).toList());
        model.put("total", results.total());
        model.put("totalText", Formats.number(results.total()));
        model.put("pager", PagerView.of(results, links));
        model.put("filters", params.values());
        model.put("filtered", params.filtered());
        model.put("sort", sort.code());
        model.put("sorts", Arrays.stream(ContactSort.values()).map(it -> Map.of("code", it.code(), "label", label(it))).toList());
        model.put("nameSortLink", links.sort(sort == ContactSort.NAME_ASC ? ContactSort.NAME_DESC.code() : ContactSort.NAME_ASC.code()));
        model.put("createdSortLink", links.sort(sort == ContactSort.CREATED_DESC ? ContactSort.CREATED_ASC.code()
                : ContactSort.CREATED_DESC.code()));
        model.put("nameSort", sort == ContactSort.NAME_ASC ? "ascending" : sort == ContactSort.NAME_DESC ? "descending" : "");
        model.put("createdSort", sort == ContactSort.CREATED_ASC ? "ascending" : sort == ContactSort.CREATED_DESC ? "descending" : "");
        model.put("exportLink", links.at(PATH + "/export.csv"));
        model.put("firstPageLink", links.page(1));
        model.put("lists", lists.list(LIST_CHOICES).rows().stream().map(CampaignListView::from).toList());
        model.put("keep", params.present());
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "contacts/list", model);
    }

    private void export(ServerRequest request, ServerResponse response) {
        ContactListParams params = ContactListParams.from(request);
        CsvWriter csv = CsvWriter.download(response, "contacts", clock, CSV_HEADER);
        useCases.export().export(params.query(), summary -> csv.row(csvRow(summary)));
        csv.close();
    }

    private static List<Object> csvRow(ContactSummary summary) {
        Contact contact = summary.contact();
        ContactDetails details = contact.details();
        List<Object> cells = new ArrayList<>();
        cells.add(contact.id().value());
        cells.add(details.firstName());
        cells.add(details.lastName());
        cells.add(details.phone() == null ? null : details.phone().display());
        cells.add(details.email() == null ? null : details.email().value());
        cells.add(details.leadSource());
        cells.add(details.customerSince() == null ? null : details.customerSince().toString());
        cells.add(contact.optedOut().isPresent() ? "yes" : "no");
        cells.add(summary.propertyCount());
        cells.add(contact.createdAt().toString());
        return cells;
    }

    private void detail(ServerRequest request, ServerResponse response) {
        ContactId id = id(request);
        ContactView contact = ContactView.from(useCases.get().get(id));
        ConversationThread thread = useCases.conversation().thread(id, LATEST_ENTRIES, false);
        Map<String, Object> model = new HashMap<>();
        model.put("contact", contact);
        model.put("latest", TimelineViews.of(thread.entries()));
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "contacts/detail", model);
    }

    private void newForm(ServerRequest request, ServerResponse response) {
        form(request, response, Status.OK_200, null, emptyForm(), new FieldErrors(), null, null);
    }

    private void create(ServerRequest request, ServerResponse response) {
        ContactForm form = read(request);
        save(request, response, null, form, () -> useCases.create().create(form), "Contact created.");
    }

    private void editForm(ServerRequest request, ServerResponse response) {
        Contact contact = useCases.get().get(id(request)).contact();
        form(request, response, Status.OK_200, contact, formOf(contact), new FieldErrors(), null, null);
    }

    private void update(ServerRequest request, ServerResponse response) {
        ContactId id = id(request);
        Contact contact = useCases.get().get(id).contact();
        ContactForm form = read(request);
        save(request, response, contact, form, () -> useCases.update().update(id, form), "Changes saved.");
    }

    private void save(ServerRequest request, ServerResponse response, Contact editing, ContactForm form,
                      Supplier<Contact> change, String done) {
        try {
            Contact saved = change.get();
            flash.put(response, Flash.Message.success(done));
            Redirects.seeOther(response, PATH + "/" + saved.id().value());
        } catch (InvalidFieldsException e) {
            FieldErrors errors = new FieldErrors();
            String other = errors.addFor(FORM_FIELDS, e.problems());
            form(request, response, Status.BAD_REQUEST_400, editing, form, errors, other,
                    null);
        } catch (DuplicateContactException e) {
            boolean phone = e.field() == DuplicateContactException.Field.PHONE;
            String field = phone ? "phone" : "email";
            FieldErrors errors = new FieldErrors().add(field, phone ? "Another contact already has this phone number."
                    : "Another contact already has this email address.");
            Map<String, String> duplicate = e.existing() == null ? null
                    : Map.of("field", field, "href", PATH + "/" + e.existing().value());
            form(request, response, Status.CONFLICT_409, editing, form, errors, null, duplicate);
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.INVALID && e.kind() != BusinessRuleException.Kind.CONFLICT) {
                throw e;
            }
            form(request, response, BusinessRuleErrorHandler.status(e.kind()), editing, form, new FieldErrors(), e.getMessage(),
                    null);
        }
    }

    private void form(ServerRequest request, ServerResponse response, Status status, Contact editing, ContactForm form,
                      FieldErrors errors, String error, Map<String, String> duplicate) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        if (editing != null) {
            model.put("contactId", editing.id().value());
            model.put("contactName", editing.displayName());
        }
        if (error != null) {
            model.put("error", error);
        }
        if (duplicate != null) {
            model.put("duplicate", duplicate);
        }
        renderer.send(request, response, status, "contacts/form", model);
    }

    private void confirmDelete(ServerRequest request, ServerResponse response) {
        Map<String, Object> model = new HashMap<>();
        model.put("contact", ContactView.from(useCases.get().get(id(request))));
        renderer.send(request, response, "contacts/delete", model);
    }

    private void delete(ServerRequest request, ServerResponse response) {
        ContactId id = id(request);
        String name = useCases.get().get(id).contact().displayName();
        useCases.delete().delete(id);
        flash.put(response, Flash.Message.success("Deleted " + name + "."));
        Redirects.seeOther(response, PATH);
    }

    private static ContactForm read(ServerRequest request) {
        FormData data = FormData.of(request);
        return new ContactForm(data.value("firstName"), data.value("lastName"), data.value("phone"), data.value("email"),
                data.value("leadSource"), data.value("customerSince"), data.value("notes"));
    }

    private static ContactForm emptyForm() {
        return new ContactForm("", "", "", "", "", "", "");
    }

    private static ContactForm formOf(Contact contact) {
        ContactDetails details = contact.details();
        return new ContactForm(Formats.text(details.firstName()), Formats.text(details.lastName()),
                details.phone() == null ? "" : details.phone().display(), Formats.text(details.email()),
                Formats.text(details.leadSource()), Formats.text(details.customerSince()), Formats.text(details.notes()));
    }

    private static String label(ContactSort sort) {
        return switch (sort) {
            case NAME_ASC -> "Name A–Z";
            case NAME_DESC -> "Name Z–A";
            case CREATED_DESC -> "Newest first";
            case CREATED_ASC -> "Oldest first";
            case LAST_ACTIVITY_DESC -> "Recent activity";
        };
    }

    private static ContactId id(ServerRequest request) {
        return new ContactId(PathIds.of(request, "id"));
    }
}
