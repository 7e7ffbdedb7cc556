package com.attackacrack.crm.adapters.in.web.campaign;

import com.attackacrack.crm.adapters.in.web.FieldErrors;
import com.attackacrack.crm.adapters.in.web.Flash;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.JsonResponses;
import com.attackacrack.crm.adapters.in.web.Redirects;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.CurrentUsers;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.auth.WebCookies;
import com.attackacrack.crm.adapters.in.web.error.BusinessRuleErrorHandler;
import com.attackacrack.crm.adapters.in.web.listing.CsvWriter;
import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.adapters.in.web.listing.ListLinks;
import com.attackacrack.crm.adapters.in.web.listing.PagerView;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.adapters.in.web.listing.QueryParameters;
import com.attackacrack.crm.application.port.in.campaign.CampaignDetail;
import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.application.port.in.campaign.CampaignPreview;
import com.attackacrack.crm.application.port.in.campaign.CampaignsQuery;
import com.attackacrack.crm.application.port.in.campaign.CancelCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.CreateCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.ExportRecipientsUseCase;
import com.attackacrack.crm.application.port.in.campaign.GetCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignCommand;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListCampaignListsUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListCampaignsUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListRecipientsUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListSavedFiltersUseCase;
import com.attackacrack.crm.application.port.in.campaign.PauseCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.PreviewCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.RecipientsQuery;
import com.attackacrack.crm.application.port.in.campaign.ResumeCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.UpdateCampaignUseCase;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.campaign.SmsSegments;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.Permission;
import com.attackacrack.crm.domain.user.UserId;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * SMS campaigns (USE_CRM): the list with a status filter; the form to create or edit a draft (audience, messages with
 * a token helper and a live segment count, daily limit, sending window, skip rules); the preview with exclusions,
 * samples and segments, launching now or at a scheduled time; the campaign page with its figures (polled while
 * running), pause, resume and cancel, the recipients table and their CSV export.
 */
public final class CampaignsController implements HttpService {

    /** The campaign list. */
    public static final String PATH = "/campaigns";

    private static final Access CRM = Access.permission(Permission.USE_CRM);
    /** How many lists and saved filters the audience select offers (the newest). */
    private static final PageRequest AUDIENCE_CHOICES = new PageRequest(1, PageRequest.MAX_SIZE);
    /** Recipients per page on the campaign page unless {@code size} says otherwise. */
    private static final int RECIPIENTS_PER_PAGE = 50;
    /** Campaigns per page unless {@code size} says otherwise. */
    private static final int CAMPAIGNS_PER_PAGE = 25;
    /** Common US time zones offered for the sending window. */
    static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu");
    /** The message tokens in the order the token helper shows them. */
    static final List<String> TOKENS = List.of("first_name", "last_name", "full_name", "property_address", "city", "state",
            "zip");

    /** The form's fields: the service's problems are keyed by these; any other key is shown above the form. */
    private static final Set<String> FORM_FIELDS = formFields();
    /** The campaign page's figures: element id suffix to label. */
    private static final Map<String, String> FIGURE_LABELS = figureLabels();

    private final UseCases useCases;
    private final TemplateRenderer renderer;
    private final Flash flash;
    private final Clock clock;

    /**
     * The campaign use cases this area calls; one service may implement several of them.
     *
     * @param list       one page of campaigns
     * @param get        one campaign with its figures
     * @param create     a new draft
     * @param update     edits to a draft
     * @param preview    what launching would do
     * @param launch     launch now or schedule
     * @param pause      pause a running campaign
     * @param resume     resume a paused campaign
     * @param cancel     cancel a campaign that is not finished
     * @param recipients one page of a campaign's recipients
     * @param export     every recipient, for CSV
     * @param lists      the campaign lists the audience select offers
     * @param filters    the saved filters the audience select offers
     */
    public record UseCases(ListCampaignsUseCase list, GetCampaignUseCase get, CreateCampaignUseCase create,
                           UpdateCampaignUseCase update, PreviewCampaignUseCase preview, LaunchCampaignUseCase launch,
                           PauseCampaignUseCase pause, ResumeCampaignUseCase resume, CancelCampaignUseCase cancel,
                           ListRecipientsUseCase recipients, ExportRecipientsUseCase export,
                           ListCampaignListsUseCase lists, ListSavedFiltersUseCase filters) {

        public UseCases {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(update, "update");
            Objects.requireNonNull(preview, "preview");
            Objects.requireNonNull(launch, "launch");
            Objects.requireNonNull(pause, "pause");
            Objects.requireNonNull(resume, "resume");
            Objects.requireNonNull(cancel, "cancel");
            Objects.requireNonNull(recipients, "recipients");
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(lists, "lists");
            Objects.requireNonNull(filters, "filters");
        }
    }

    /**
     * The campaign routes.
     *
     * @param useCases the campaign use cases
     * @param renderer the page renderer
     * @param cookies  the server's cookies ({@code WebSecurity.cookies()}), for flash messages
     * @param clock    dates the CSV file name and tells a scheduled start from a past one
     */
    public CampaignsController(UseCases useCases, TemplateRenderer renderer, WebCookies cookies, Clock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.flash = new Flash(cookies);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules)
                .get(PATH, CRM, this::list)
                .post(PATH, CRM, this::create)
                .get(PATH + "/new", CRM, this::newForm)
                .get(PATH + "/{id}", CRM, this::detail)
                .post(PATH + "/{id}", CRM, this::update)
                .get(PATH + "/{id}/edit", CRM, this::editForm)
                .get(PATH + "/{id}/preview", CRM, this::preview)
                .post(PATH + "/{id}/launch", CRM, this::launch)
                .post(PATH + "/{id}/pause", CRM, this::pause)
                .post(PATH + "/{id}/resume", CRM, this::resume)
                .post(PATH + "/{id}/cancel", CRM, this::cancel)
                .get(PATH + "/{id}/progress", CRM, this::progress)
                .get(PATH + "/{id}/recipients.csv", CRM, this::export);
    }

    private void list(ServerRequest request, ServerResponse response) {
        QueryParameters params = QueryParameters.from(request, Set.of("status", "page", "size"));
        String statusWord = params.choice("status", Arrays.stream(CampaignStatus.values()).map(CampaignStatus::word).toList());
        CampaignStatus status = statusWord == null ? null : CampaignStatus.ofWord(statusWord);
        PageRequest page = new PageRequest(params.whole("page", 1, 1_000_000, 1),
                params.whole("size", 1, PageRequest.MAX_SIZE, CAMPAIGNS_PER_PAGE));
        Page<Campaign> results = useCases.list().list(new CampaignsQuery(status, page));
        Map<String, String> names = audienceNames();
        Map<String, String> present = QueryParameters.present(params.values(List.of("status", "page", "size")));
        Map<String, Object> model = new HashMap<>();
        model.put("campaigns", results.rows().stream().map(it -> CampaignView.from(it, names)).toList());
        model.put("total", results.total());
        model.put("totalText", Formats.number(results.total()));
        model.put("pager", PagerView.of(results, new ListLinks(PATH, present)));
        model.put("status", statusWord == null ? "" : statusWord);
        model.put("statusLabel", status == null ? "" : CampaignView.label(status).toLowerCase(Locale.ROOT));
        model.put("statuses", Arrays.stream(CampaignStatus.values())
                .map(it -> Map.of("code", it.word(), "label", CampaignView.label(it))).toList());
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "campaigns/list", model);
    }

    private void newForm(ServerRequest request, ServerResponse response) {
        form(request, response, Status.OK_200, null, CampaignFormView.defaults(useCases.create().defaultWindow()),
                new FieldErrors(), null);
    }

    private void create(ServerRequest request, ServerResponse response) {
        CampaignFormView typed = CampaignFormView.read(FormData.of(request));
        UserId user = CurrentUsers.require(request).user().id();
        save(request, response, null, typed, () -> useCases.create().create(typed.toForm(), user), "Campaign saved as a "
                + "draft. Check the preview, then launch it.");
    }

    private void editForm(ServerRequest request, ServerResponse response) {
        Campaign campaign = campaign(request);
        if (refusedUnlessDraft(response, campaign)) {
            return;
        }
        form(request, response, Status.OK_200, campaign, CampaignFormView.of(campaign), new FieldErrors(), null);
    }

    private void update(ServerRequest request, ServerResponse response) {
        Campaign campaign = campaign(request);
        if (refusedUnlessDraft(response, campaign)) {
            return;
        }
        CampaignFormView typed = CampaignFormView.read(FormData.of(request));
        save(request, response, campaign, typed, () -> useCases.update().update(campaign.id(), typed.toForm()),
                "Changes saved. Check the preview, then launch it.");
    }

    /** For a campaign that is no longer a draft: says why it cannot be edited on its page, and returns true. */
    private boolean refusedUnlessDraft(ServerResponse response, Campaign campaign) {
        if (campaign.status() == CampaignStatus.DRAFT) {
            return false;
        }
        flash.put(response, new Flash.Message("warning", "Only drafts can be edited: this campaign is "
                + campaign.status().word() + ".", null, null));
        Redirects.seeOther(response, link(campaign.id()));
        return true;
    }

    private void save(ServerRequest request, ServerResponse response, Campaign editing, CampaignFormView typed,
                      Supplier<Campaign> change, String done) {
        try {
            Campaign saved = change.get();
            flash.put(response, Flash.Message.success(done));
            Redirects.seeOther(response, link(saved.id()) + "/preview");
        } catch (InvalidFieldsException e) {
            FieldErrors errors = new FieldErrors();
            Map<String, String> problems = new LinkedHashMap<>();
            e.problems().forEach((field, message) -> problems.put(fieldOf(field), message));
            String other = errors.addFor(FORM_FIELDS, problems);
            form(request, response, Status.BAD_REQUEST_400, editing, typed, errors, other);
        } catch (BusinessRuleException e) {
            switch (e.kind()) {
                case NOT_FOUND -> form(request, response, Status.BAD_REQUEST_400, editing, typed,
                        new FieldErrors().add("audience", e.getMessage() + ": pick another audience."), null);
                case INVALID, CONFLICT -> form(request, response, BusinessRuleErrorHandler.status(e.kind()), editing, typed,
                        new FieldErrors(), e.getMessage());
                default -> throw e;
            }
        }
    }

    /** The form field a problem of the use case belongs to (the list and filter ids are the audience select). */
    private static String fieldOf(String problemKey) {
        return switch (problemKey) {
            case "audienceListId", "audienceFilterId" -> "audience";
            default -> problemKey;
        };
    }

    private void form(ServerRequest request, ServerResponse response, Status status, Campaign editing,
                      CampaignFormView typed, FieldErrors errors, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", typed);
        model.put("errors", errors.asMap());
        if (editing != null) {
            model.put("campaignId", editing.id().value());
            model.put("campaignName", editing.name());
        }
        if (error != null) {
            model.put("error", error);
        }
        List<Map<String, String>> lists = useCases.lists().list(AUDIENCE_CHOICES).rows().stream()
                .map(it -> Map.of("code", CampaignFormView.LIST + it.id().value(), "label",
                        it.name() + " (" + Formats.number(it.memberCount()) + (it.memberCount() == 1 ? " contact)" : " contacts)")))
                .toList();
        List<Map<String, String>> filters = useCases.filters().list(AUDIENCE_CHOICES).rows().stream()
                .map(it -> Map.of("code", CampaignFormView.FILTER + it.id().value(), "label", it.name())).toList();
        model.put("audienceLists", lists);
        model.put("audienceFilters", filters);
        model.put("days", Arrays.stream(DayOfWeek.values()).map(it -> Map.of("code", CampaignFormView.code(it),
                "label", it.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))).toList());
        Set<String> zones = new LinkedHashSet<>(ZONES);
        if (!typed.windowZone().isEmpty()) {
            zones.add(typed.windowZone());
        }
        model.put("zones", List.copyOf(zones));
        model.put("tokens", TOKENS.stream().filter(MessageTemplate.TOKENS::contains).map(it -> "{" + it + "}").toList());
        renderer.send(request, response, status, "campaigns/form", model);
    }

    private void preview(ServerRequest request, ServerResponse response) {
        Campaign campaign = campaign(request);
        CampaignPreview preview = useCases.preview().preview(campaign.id());
        Map<String, Object> model = new HashMap<>();
        model.put("campaign", CampaignView.from(campaign, audienceNames()));
        model.put("audienceSize", Formats.number(preview.audienceSize()));
        model.put("excluded", Formats.number(preview.excluded()));
        model.put("eligible", Formats.number(preview.eligible()));
        model.put("eligibleCount", preview.eligible());
        model.put("exclusions", exclusions(preview.exclusions()));
        model.put("samples", preview.samples().stream().map(it -> Map.of("name", it.name(), "variant", it.variant().name(),
                "body", it.body())).toList());
        List<Map<String, String>> segments = new ArrayList<>();
        preview.longest().forEach((variant, sms) -> segments.add(segments(variant, sms)));
        model.put("segments", segments);
        model.put("sendingDays", days(preview.sendingDays(), "sending day"));
        model.put("calendarDays", days(preview.calendarDays(), "calendar day"));
        model.put("scheduleMin", LocalDateTime.ofInstant(clock.instant(), campaign.window().zone()).withSecond(0).withNano(0)
                .toString());
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "campaigns/preview", model);
    }

    private static Map<String, String> segments(Variant variant, SmsSegments sms) {
        return Map.of("variant", variant.name(), "characters", Formats.number(sms.characters()),
                "segments", Formats.number(sms.segments()),
                "encoding", sms.encoding() == SmsSegments.Encoding.GSM_7 ? "GSM-7" : "UCS-2 (Unicode)");
    }

    private static String days(long count, String unit) {
        return Formats.number(count) + " " + unit + (count == 1 ? "" : "s");
    }

    private static List<Map<String, String>> exclusions(Map<ExclusionReason, Long> exclusions) {
        return exclusions.entrySet().stream().filter(it -> it.getValue() > 0)
                .map(it -> Map.of("reason", it.getKey().text(), "kind", it.getKey().kind().word(),
                        "count", Formats.number(it.getValue())))
                .toList();
    }

    private void launch(ServerRequest request, ServerResponse response) {
        Campaign campaign = campaign(request);
        String raw = FormData.of(request).value("startAt").strip();
        String back = link(campaign.id()) + "/preview";
        Instant startAt = null;
        if (!raw.isEmpty()) {
            ZoneId zone = campaign.window().zone();
            try {
                startAt = LocalDateTime.parse(raw).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                refuse(response, back, "Pick a start date and time to schedule the campaign.");
                return;
            }
            if (!startAt.isAfter(clock.instant())) {
                refuse(response, back, "The start time " + raw.replace('T', ' ') + " (" + zone.getId()
                        + ") has passed: pick a later one, or launch now.");
                return;
            }
        }
        try {
            CampaignDetail launched = useCases.launch().launch(new LaunchCampaignCommand(campaign.id(), startAt));
            long eligible = launched.stats().total().eligible();
            String who = Formats.number(eligible) + (eligible == 1 ? " recipient" : " recipients");
            String text = launched.campaign().status() == CampaignStatus.SCHEDULED
                    ? "Campaign scheduled: it starts " + CampaignView.moment(launched.campaign().scheduledAt(), launched.campaign())
                    + " and will text " + who + "."
                    : "Campaign launched: " + who + " will be texted within the sending window.";
            flash.put(response, Flash.Message.success(text));
            Redirects.seeOther(response, link(campaign.id()));
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.INVALID && e.kind() != BusinessRuleException.Kind.CONFLICT) {
                throw e;
            }
            refuse(response, back, "Not launched: " + e.getMessage());
        }
    }

    private void refuse(ServerResponse response, String location, String text) {
        flash.put(response, new Flash.Message("danger", text, null, null));
        Redirects.seeOther(response, location);
    }

    private void pause(ServerRequest request, ServerResponse response) {
        change(request, response, id -> useCases.pause().pause(id),
                "Campaign paused: no new messages go out until you resume it.");
    }

    private void resume(ServerRequest request, ServerResponse response) {
        change(request, response, id -> useCases.resume().resume(id),
                "Campaign resumed: sending continues where it left off.");
    }

    private void cancel(ServerRequest request, ServerResponse response) {
        change(request, response, id -> useCases.cancel().cancel(id),
                "Campaign cancelled: nothing more will be sent.");
    }

    private void change(ServerRequest request, ServerResponse response, Function<CampaignId, Campaign> move,
                        String done) {
        CampaignId id = id(request);
        try {
            move.apply(id);
            flash.put(response, Flash.Message.success(done));
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.CONFLICT && e.kind() != BusinessRuleException.Kind.INVALID) {
                throw e;
            }
            flash.put(response, new Flash.Message("warning", e.getMessage(), null, null));
        }
        Redirects.seeOther(response, link(id));
    }

    private void detail(ServerRequest request, ServerResponse response) {
        QueryParameters params = QueryParameters.from(request, Set.of("status", "page", "size"));
        String statusWord = params.choice("status", Arrays.stream(RecipientStatus.values()).map(RecipientStatus::word).toList());
        PageRequest page = new PageRequest(params.whole("page", 1, 1_000_000, 1),
                params.whole("size", 1, PageRequest.MAX_SIZE, RECIPIENTS_PER_PAGE));
        CampaignDetail detail = useCases.get().get(id(request));
        Campaign campaign = detail.campaign();
        CampaignStats stats = detail.stats();
        Map<String, Object> model = new HashMap<>();
        model.put("campaign", CampaignView.from(campaign, audienceNames()));
        model.put("figures", figures(stats.total()));
        model.put("responseRate", percent(stats.total().responseRate()));
        model.put("percent", (long) Math.floor(stats.total().progress() * 100));
        if (campaign.hasVariantB()) {
            model.put("variants", Arrays.stream(Variant.values()).map(it -> variant(it, stats.of(it))).toList());
        }
        model.put("exclusions", exclusions(stats.exclusions()));
        Page<RecipientRow> recipients = useCases.recipients().list(new RecipientsQuery(campaign.id(),
                statusWord == null ? null : RecipientStatus.ofWord(statusWord), page));
        Map<String, String> present = QueryParameters.present(params.values(List.of("status", "page", "size")));
        model.put("recipients", recipients.rows().stream().map(RecipientRowView::from).toList());
        model.put("recipientTotal", Formats.number(recipients.total()));
        model.put("pager", PagerView.of(recipients, new ListLinks(link(campaign.id()), present)));
        model.put("recipientStatus", statusWord == null ? "" : statusWord);
        model.put("recipientStatuses", Arrays.stream(RecipientStatus.values()).map(RecipientStatus::word).toList());
        model.put("launched", stats.total().targeted() > 0);
        flash.take(request, response).ifPresent(it -> model.put("flash", it));
        renderer.send(request, response, "campaigns/detail", model);
    }

    /** The figures of the campaign page, each with the id its element has ({@code count-sent}, ...). */
    static List<Map<String, String>> figures(CampaignStats.Counts counts) {
        List<Map<String, String>> figures = new ArrayList<>();
        counts(counts).forEach((id, value) -> figures.add(Map.of("id", id, "label", FIGURE_LABELS.get(id),
                "value", Formats.number(value))));
        return figures;
    }

    private static Map<String, String> figureLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("targeted", "Targeted");
        labels.put("excluded", "Excluded");
        labels.put("pending", "Pending");
        labels.put("sending", "Sending");
        labels.put("sent", "Sent");
        labels.put("delivered", "Delivered");
        labels.put("failed", "Failed");
        labels.put("replied", "Replied");
        labels.put("opted-out", "Opted out");
        labels.put("unknown", "Unknown (to review)");
        return labels;
    }

    /**
     * The counts by element id. "sent" counts every text the provider accepted (delivered ones included), so sent is
     * never below delivered.
     */
    static Map<String, Long> counts(CampaignStats.Counts counts) {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("targeted", counts.targeted());
        values.put("excluded", counts.excluded());
        values.put("pending", counts.pending());
        values.put("sending", counts.sending());
        values.put("sent", counts.accepted());
        values.put("delivered", counts.delivered());
        values.put("failed", counts.failed());
        values.put("replied", counts.replied());
        values.put("opted-out", counts.optedOut());
        values.put("unknown", counts.unknown());
        return values;
    }

    private static Map<String, String> variant(Variant variant, CampaignStats.Counts counts) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("variant", variant.name());
        row.put("targeted", Formats.number(counts.eligible()));
        row.put("sent", Formats.number(counts.accepted()));
        row.put("delivered", Formats.number(counts.delivered()));
        row.put("failed", Formats.number(counts.failed()));
        row.put("replied", Formats.number(counts.replied()));
        row.put("optedOut", Formats.number(counts.optedOut()));
        row.put("responseRate", percent(counts.responseRate()));
        return row;
    }

    /** {@code 12.5%}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** The live figures as JSON, polled by the campaign page every 5 s while it runs. */
    private void progress(ServerRequest request, ServerResponse response) {
        CampaignDetail detail = useCases.get().get(id(request));
        CampaignStats.Counts counts = detail.stats().total();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", detail.campaign().status().word());
        body.put("percent", (long) Math.floor(counts.progress() * 100));
        body.put("responseRate", percent(counts.responseRate()));
        body.put("counts", counts(counts));
        response.header(TemplateRenderer.NO_STORE);
        JsonResponses.send(response, Status.OK_200, body);
    }

    private void export(ServerRequest request, ServerResponse response) {
        Campaign campaign = campaign(request);
        CsvWriter csv = CsvWriter.download(response, "campaign-" + campaign.id().value() + "-recipients", clock,
                ExportRecipientsUseCase.HEADER);
        useCases.export().export(campaign.id(), csv::row);
        csv.close();
    }

    /** {@code list-ID} and {@code filter-ID} to the list's or filter's name. */
    private Map<String, String> audienceNames() {
        Map<String, String> names = new HashMap<>();
        useCases.lists().list(AUDIENCE_CHOICES).rows()
                .forEach(it -> names.put(CampaignFormView.LIST + it.id().value(), it.name()));
        useCases.filters().list(AUDIENCE_CHOICES).rows()
                .forEach(it -> names.put(CampaignFormView.FILTER + it.id().value(), it.name()));
        return names;
    }

    private Campaign campaign(ServerRequest request) {
        return useCases.get().get(id(request)).campaign();
    }

    private static String link(CampaignId id) {
        return PATH + "/" + id.value();
    }

    private static CampaignId id(ServerRequest request) {
        return new CampaignId(PathIds.of(request, "id"));
    }

    private static Set<String> formFields() {
        Set<String> fields = Arrays.stream(CampaignForm.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        fields.add("audience");
        return Set.copyOf(fields);
    }
}
