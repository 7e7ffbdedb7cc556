package com.attackacrack.crm.adapters.in.web.property;

import com.attackacrack.crm.adapters.in.web.FieldErrors;
import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.adapters.in.web.listing.CsvWriter;
import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.adapters.in.web.listing.ListLinks;
import com.attackacrack.crm.adapters.in.web.listing.PagerView;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.application.port.in.property.CreatePropertyUseCase;
import com.attackacrack.crm.application.port.in.property.DeletePropertyUseCase;
import com.attackacrack.crm.application.port.in.property.ExportPropertiesUseCase;
import com.attackacrack.crm.application.port.in.property.GetPropertyUseCase;
import com.attackacrack.crm.application.port.in.property.LinkContactUseCase;
import com.attackacrack.crm.application.port.in.property.ListPropertiesUseCase;
import com.attackacrack.crm.application.port.in.property.PropertyForm;
import com.attackacrack.crm.application.port.in.property.UnlinkContactUseCase;
import com.attackacrack.crm.application.port.in.property.UpdatePropertyUseCase;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.DuplicatePropertyException;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.NotFoundException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Properties (USE_CRM): the list with search, filters, sort, pages and CSV export; the detail page with linked
 * contacts, linking a contact by id with a relationship and unlinking (after a confirmation page); create, edit and
 * delete (after a confirmation page).
 */
public final class PropertiesController implements HttpService {

    /** The property list. */
    public static final String PATH = "/properties";

    private static final Access CRM = Access.permission(Permission.USE_CRM);
    private static final List<String> CSV_HEADER = List.of("id", "street", "city", "state", "zip", "property_type", "apn",
            "year_built", "square_feet", "beds", "baths", "estimated_value", "estimated_equity", "equity_percent",
            "owner_occupied", "listed_for_sale", "foreclosure", "mailing_street", "mailing_city", "mailing_state",
            "mailing_zip", "contact_count", "created_at");

    /** The form's fields: the service's problems are keyed by these; any other key is shown above the form. */
    private static final Set<String> FORM_FIELDS = Arrays.stream(PropertyForm.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final UseCases useCases;
    private final TemplateRenderer renderer;
    private final Flash flash;
    private final Clock clock;

    /**
     * The property use cases this area calls; one service may implement several of them.
     *
     * @param list   one page of the list
     * @param export every row of the list, for CSV
     * @param get    one property with its contacts
     * @param create a new property
     * @param update edits to a property
     * @param delete removes a property
     * @param link   links a contact with a relationship
     * @param unlink removes a contact's link
     */
    public record UseCases(ListPropertiesUseCase list, ExportPropertiesUseCase export, GetPropertyUseCase get,
                           CreatePropertyUseCase create, UpdatePropertyUseCase update, DeletePropertyUseCase delete,
                           LinkContactUseCase link, UnlinkContactUseCase unlink) {

        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(update, "update");
            Objects.requireNonNull(delete, "delete");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(unlink, "unlink");
        }
    }

    /**
     * The property routes.
     *
     * @param useCases the property use cases
     * @param renderer the page renderer
     * @param cookies  the server's cookies ({@code WebSecurity.cookies()}), for flash messages
     * @param clock    dates the CSV file name
     */
    public PropertiesController(UseCases useCases, TemplateRenderer renderer, WebCookies cookies, Clock clock) {
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
                .post(PATH + "/{id}/delete", CRM, this::delete)
                .post(PATH + "/{id}/contacts", CRM, this::link)
                .get(PATH + "/{id}/contacts/{contactId}/unlink", CRM, this::confirmUnlink)
                .post(PATH + "/{id}/contacts/{contactId}/unlink", CRM, this::unlink);
    }

    private void list(ServerRequest request, ServerResponse response) {
        PropertyListParams params = PropertyListParams.from(request);
        Page<PropertySummary> results = useCases.list().list(params.query());
        ListLinks links = new ListLinks(PATH, params.present());
        PropertySort sort = params.query().sort();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", results.rows().stream().map(PropertyRowView::from).toList());
        model.put("total", results.total());
        model.put("totalText", Formats.number(results.total()));
        model.put("pager", PagerView.of(results, links));
        model.put("filters", params.values());
        model.put("filtered", params.filtered());
        model.put("sort", sort.code());
        model.put("sorts", Arrays.stream(PropertySort.values()).map(it -> Map.of("code", it.code(), "label", label(it))).toList());
        Map<String, String> sortLinks = new HashMap<>();
        for (PropertySort option : PropertySort.values()) {
            sortLinks.put(option.code(), links.sort(option.code()));
        }
        model.put("sortLinks", sortLinks);
        model.put("exportLink", links.at(PATH + "/export.csv"));
        model.put("firstPageLink", links.page(1));
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "properties/list", model);
    }

    private void export(ServerRequest request, ServerResponse response) {
        PropertyListParams params = PropertyListParams.from(request);
        CsvWriter csv = CsvWriter.download(response, "properties", clock, CSV_HEADER);
        useCases.export().export(params.query(), summary -> csv.row(csvRow(summary)));
        csv.close();
    }

    private static List<Object> csvRow(PropertySummary summary) {
        Property property = summary.property();
        PropertyDetails details = property.details();
        Address address = details.address();
        Address mailing = details.mailingAddress();
        List<Object> cells = new ArrayList<>();
        cells.add(property.id().value());
        cells.add(address.street());
        cells.add(address.city());
        cells.add(address.state());
        cells.add(address.zip());
        cells.add(details.propertyType());
        cells.add(details.apn());
        cells.add(details.yearBuilt());
        cells.add(details.squareFeet());
        cells.add(details.beds());
        cells.add(details.baths() == null ? null : details.baths().stripTrailingZeros().toPlainString());
        cells.add(details.estimatedValue());
        cells.add(details.estimatedEquity());
        cells.add(details.equityPercent());
        cells.add(yesNo(details.ownerOccupied()));
        cells.add(yesNo(details.listedForSale()));
        cells.add(yesNo(details.foreclosure()));
        cells.add(mailing == null ? null : mailing.street());
        cells.add(mailing == null ? null : mailing.city());
        cells.add(mailing == null ? null : mailing.state());
        cells.add(mailing == null ? null : mailing.zip());
        cells.add(summary.contactCount());
        cells.add(property.createdAt().toString());
        return cells;
    }

    private void detail(ServerRequest request, ServerResponse response) {
        show(request, response, Status.OK_200, id(request), "", Relationship.PRIMARY_OWNER.code(), new FieldErrors());
    }

    private void show(ServerRequest request, ServerResponse response, Status status, PropertyId id, String linkContactId,
                      String linkRelationship, FieldErrors linkErrors) {
        PropertyView property = PropertyView.from(useCases.get().get(id));
        Map<String, Object> model = new HashMap<>();
        model.put("property", property);
        model.put("relationships", relationships());
        model.put("linkContactId", linkContactId);
        model.put("linkRelationship", linkRelationship);
        model.put("linkErrors", linkErrors.asMap());
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, status, "properties/detail", model);
    }

    private void link(ServerRequest request, ServerResponse response) {
        PropertyId id = id(request);
        FormData form = FormData.of(request);
        String rawContact = form.value("contactId").strip();
        String rawRelationship = form.value("relationship");
        FieldErrors errors = new FieldErrors();
        OptionalLong contactId = PathIds.parse(rawContact);
        if (rawContact.isEmpty()) {
            errors.add("contactId", "Enter the contact's id: the number at the end of their page's address.");
        } else if (contactId.isEmpty()) {
            errors.add("contactId", "A contact id is a whole number, such as 42.");
        }
        Relationship relationship = null;
        try {
            relationship = Relationship.fromCode(rawRelationship);
        } catch (BusinessRuleException e) {
            errors.add("relationship", "Choose a relationship.");
        }
        if (errors.isEmpty()) {
            try {
                useCases.link().link(id, new ContactId(contactId.getAsLong()), relationship);
                flash.put(response, Flash.Message.success("Contact " + contactId.getAsLong() + " linked as "
                        + relationship.label().toLowerCase(Locale.ROOT) + "."));
                Redirects.seeOther(response, PATH + "/" + id.value());
                return;
            } catch (BusinessRuleException e) {
                if (e.kind() == BusinessRuleException.Kind.NOT_FOUND) {
                    errors.add("contactId", "There is no contact with id " + contactId.getAsLong() + ".");
                } else if (e.kind() == BusinessRuleException.Kind.INVALID || e.kind() == BusinessRuleException.Kind.CONFLICT) {
                    errors.add("contactId", e.getMessage());
                } else {
                    throw e;
                }
            }
        }
        show(request, response, Status.BAD_REQUEST_400, id, rawContact, rawRelationship, errors);
    }

    private void confirmUnlink(ServerRequest request, ServerResponse response) {
        PropertyView property = PropertyView.from(useCases.get().get(id(request)));
        PropertyView.LinkedContactView contact = linked(property, contactId(request));
        Map<String, Object> model = new HashMap<>();
        model.put("property", property);
        model.put("contact", contact);
        renderer.send(request, response, "properties/unlink", model);
    }

    private void unlink(ServerRequest request, ServerResponse response) {
        PropertyId id = id(request);
        ContactId contactId = contactId(request);
        PropertyView.LinkedContactView contact = linked(PropertyView.from(useCases.get().get(id)), contactId);
        useCases.unlink().unlink(id, contactId);
        flash.put(response, Flash.Message.success(contact.name() + " is no longer linked to this property."));
        Redirects.seeOther(response, PATH + "/" + id.value());
    }

    private static PropertyView.LinkedContactView linked(PropertyView property, ContactId contactId) {
        return property.contacts().stream().filter(it -> it.id() == contactId.value()).findFirst()
                .orElseThrow(() -> new NotFoundException("Contact not linked"));
    }

    private void newForm(ServerRequest request, ServerResponse response) {
        form(request, response, Status.OK_200, null, emptyForm(), new FieldErrors(), null, null);
    }

    private void create(ServerRequest request, ServerResponse response) {
        PropertyForm form = read(request);
        save(request, response, null, form, () -> useCases.create().create(form), "Property created.");
    }

    private void editForm(ServerRequest request, ServerResponse response) {
        Property property = useCases.get().get(id(request)).property();
        form(request, response, Status.OK_200, property, formOf(property), new FieldErrors(), null, null);
    }

    private void update(ServerRequest request, ServerResponse response) {
        PropertyId id = id(request);
        Property property = useCases.get().get(id).property();
        PropertyForm form = read(request);
        save(request, response, property, form, () -> useCases.update().update(id, form), "Changes saved.");
    }

    private void save(ServerRequest request, ServerResponse response, Property editing, PropertyForm form,
                      Supplier<Property> change, String done) {
        try {
            Property saved = change.get();
            flash.put(response, Flash.Message.success(done));
            Redirects.seeOther(response, PATH + "/" + saved.id().value());
        } catch (InvalidFieldsException e) {
            FieldErrors errors = new FieldErrors();
            String other = errors.addFor(FORM_FIELDS, e.problems());
            form(request, response, Status.BAD_REQUEST_400, editing, form, errors, other,
                    null);
        } catch (DuplicatePropertyException e) {
            FieldErrors errors = new FieldErrors().add("apn", "Another property already has this APN.");
            String existing = e.existing() == null ? null : PATH + "/" + e.existing().value();
            form(request, response, Status.CONFLICT_409, editing, form, errors, null, existing);
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.INVALID && e.kind() != BusinessRuleException.Kind.CONFLICT) {
                throw e;
            }
            form(request, response, BusinessRuleErrorHandler.status(e.kind()), editing, form, new FieldErrors(), e.getMessage(),
                    null);
        }
    }

    private void form(ServerRequest request, ServerResponse response, Status status, Property editing, PropertyForm form,
                      FieldErrors errors, String error, String duplicateHref) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("yesNo", List.of(Map.of("code", "", "label", "Unknown"), Map.of("code", "yes", "label", "Yes"),
                Map.of("code", "no", "label", "No")));
        if (editing != null) {
            model.put("propertyId", editing.id().value());
            model.put("propertyName", editing.details().address().oneLine());
        }
        if (error != null) {
            model.put("error", error);
        }
        if (duplicateHref != null) {
            model.put("duplicateHref", duplicateHref);
        }
        renderer.send(request, response, status, "properties/form", model);
    }

    private void confirmDelete(ServerRequest request, ServerResponse response) {
        Map<String, Object> model = new HashMap<>();
        model.put("property", PropertyView.from(useCases.get().get(id(request))));
        renderer.send(request, response, "properties/delete", model);
    }

    private void delete(ServerRequest request, ServerResponse response) {
        PropertyId id = id(request);
        String name = useCases.get().get(id).property().details().address().oneLine();
        useCases.delete().delete(id);
        flash.put(response, Flash.Message.success("Deleted " + name + "."));
        Redirects.seeOther(response, PATH);
    }

    private static PropertyForm read(ServerRequest request) {
        FormData data = FormData.of(request);
        return new PropertyForm(data.value("street"), data.value("city"), data.value("state"), data.value("zip"),
                data.value("propertyType"), data.value("apn"), data.value("yearBuilt"), data.value("squareFeet"),
                data.value("beds"), data.value("baths"), data.value("estimatedValue"), data.value("estimatedEquity"),
                data.value("equityPercent"), data.value("ownerOccupied"), data.value("listedForSale"),
                data.value("foreclosure"), data.value("mailingStreet"), data.value("mailingCity"), data.value("mailingState"),
                data.value("mailingZip"));
    }

    private static PropertyForm emptyForm() {
        return new PropertyForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    private static PropertyForm formOf(Property property) {
        PropertyDetails d = property.details();
        Address a = d.address();
        Address m = d.mailingAddress();
        return new PropertyForm(a.street(), Formats.text(a.city()), Formats.text(a.state()), Formats.text(a.zip()),
                Formats.text(d.propertyType()), Formats.text(d.apn()), Formats.text(d.yearBuilt()),
                Formats.text(d.squareFeet()), Formats.text(d.beds()),
                d.baths() == null ? "" : d.baths().stripTrailingZeros().toPlainString(), Formats.text(d.estimatedValue()),
                Formats.text(d.estimatedEquity()), Formats.text(d.equityPercent()), yesNo(d.ownerOccupied()),
                yesNo(d.listedForSale()), yesNo(d.foreclosure()), m == null ? "" : m.street(),
                m == null ? "" : Formats.text(m.city()), m == null ? "" : Formats.text(m.state()),
                m == null ? "" : Formats.text(m.zip()));
    }

    private static String yesNo(Boolean value) {
        if (value == null) {
            return "";
        }
        return value ? "yes" : "no";
    }

    private static List<Map<String, String>> relationships() {
        return Arrays.stream(Relationship.values()).map(it -> Map.of("code", it.code(), "label", it.label())).toList();
    }

    private static String label(PropertySort sort) {
        return switch (sort) {
            case ADDRESS_ASC -> "Address A–Z";
            case CITY_ASC -> "City A–Z";
            case VALUE_DESC -> "Highest value";
            case EQUITY_DESC -> "Highest equity";
            case CREATED_DESC -> "Newest first";
        };
    }

    private static PropertyId id(ServerRequest request) {
        return new PropertyId(PathIds.of(request, "id"));
    }

    private static ContactId contactId(ServerRequest request) {
        return new ContactId(PathIds.of(request, "contactId"));
    }
}
