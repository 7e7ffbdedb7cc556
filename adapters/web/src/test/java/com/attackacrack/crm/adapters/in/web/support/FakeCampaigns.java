package com.attackacrack.crm.adapters.in.web.support;

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
import com.attackacrack.crm.application.port.in.campaign.ListCampaignsUseCase;
import com.attackacrack.crm.application.port.in.campaign.ListRecipientsUseCase;
import com.attackacrack.crm.application.port.in.campaign.PauseCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.PreviewCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.RecipientsQuery;
import com.attackacrack.crm.application.port.in.campaign.ResumeCampaignUseCase;
import com.attackacrack.crm.application.port.in.campaign.UpdateCampaignUseCase;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every campaign in-port over a map of campaigns: create and update store what the form says (or throw the failure a
 * test set), preview, stats and recipients are what tests give, and state changes follow the lifecycle; it records
 * every call and the last form, query and launch command.
 */
public final class FakeCampaigns implements ListCampaignsUseCase, GetCampaignUseCase, CreateCampaignUseCase,
        UpdateCampaignUseCase, PreviewCampaignUseCase, LaunchCampaignUseCase, PauseCampaignUseCase, ResumeCampaignUseCase,
        CancelCampaignUseCase, ListRecipientsUseCase, ExportRecipientsUseCase {

    public static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private final Map<CampaignId, Campaign> campaigns = new LinkedHashMap<>();
    private final Map<CampaignId, CampaignStats> stats = new HashMap<>();
    private final Map<CampaignId, CampaignPreview> previews = new HashMap<>();
    private final List<RecipientRow> recipients = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final List<List<String>> exportRows = new ArrayList<>();
    private RuntimeException saveFailure;
    private RuntimeException launchFailure;
    private CampaignForm lastForm;
    private UserId lastCreator;
    private CampaignsQuery lastQuery;
    private RecipientsQuery lastRecipientsQuery;
    private LaunchCampaignCommand lastLaunch;
    private long nextId;
    private SendingWindow defaultWindow;

    public FakeCampaigns() {
        reset();
    }

    public synchronized void reset() {
        campaigns.clear();
        stats.clear();
        previews.clear();
        recipients.clear();
        calls.clear();
        exportRows.clear();
        saveFailure = null;
        launchFailure = null;
        lastForm = null;
        lastCreator = null;
        lastQuery = null;
        lastRecipientsQuery = null;
        lastLaunch = null;
        nextId = 0;
        defaultWindow = SendingWindow.standard(ZoneId.of("America/New_York"));
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** A stored campaign in the given status, on list 1, with message A "Hi {first_name|there}". */
    public synchronized Campaign given(String name, CampaignStatus status) {
        return given(name, status, new Audience.ListAudience(new CampaignListId(1)), "Hi {first_name|there}", null);
    }

    public synchronized Campaign given(String name, CampaignStatus status, Audience audience, String messageA, String messageB) {
        nextId++;
        Instant created = NOW.plusSeconds(nextId);
        boolean started = status == CampaignStatus.RUNNING || status == CampaignStatus.PAUSED
                || status == CampaignStatus.COMPLETED || status == CampaignStatus.CANCELLED;
        Campaign campaign = new Campaign(new CampaignId(nextId), name, status, audience, MessageTemplate.parse(messageA),
                messageB == null ? null : MessageTemplate.parse(messageB), Campaign.DEFAULT_DAILY_LIMIT,
                SendingWindow.standard(ZoneId.of("America/New_York")), true, null,
                status == CampaignStatus.SCHEDULED ? NOW.plusSeconds(86_400) : null,
                created, created, started ? created.plusSeconds(60) : null, status.isFinal() ? created.plusSeconds(120) : null);
        campaigns.put(campaign.id(), campaign);
        return campaign;
    }

    public synchronized void givenStats(CampaignId id, CampaignStats figures) {
        stats.put(id, figures);
    }

    public synchronized void givenPreview(CampaignId id, CampaignPreview preview) {
        previews.put(id, preview);
    }

    public synchronized void givenRecipients(List<RecipientRow> rows) {
        recipients.clear();
        recipients.addAll(rows);
    }

    public synchronized void givenExportRows(List<List<String>> rows) {
        exportRows.clear();
        exportRows.addAll(rows);
    }

    public synchronized void failSavesWith(RuntimeException failure) {
        saveFailure = failure;
    }

    public synchronized void failLaunchesWith(RuntimeException failure) {
        launchFailure = failure;
    }

    public synchronized Campaign campaign(CampaignId id) {
        return campaigns.get(id);
    }

    public synchronized CampaignForm lastForm() {
        return lastForm;
    }

    public synchronized UserId lastCreator() {
        return lastCreator;
    }

    public synchronized CampaignsQuery lastQuery() {
        return lastQuery;
    }

    public synchronized RecipientsQuery lastRecipientsQuery() {
        return lastRecipientsQuery;
    }

    public synchronized LaunchCampaignCommand lastLaunch() {
        return lastLaunch;
    }

    private Campaign require(CampaignId id) {
        Campaign campaign = campaigns.get(id);
        if (campaign == null) {
            throw BusinessRuleException.notFound("No campaign with id " + id);
        }
        return campaign;
    }

    @Override
    public synchronized Page<Campaign> list(CampaignsQuery query) {
        lastQuery = query;
        List<Campaign> matching = campaigns.values().stream()
                .filter(it -> query.status() == null || it.status() == query.status())
                .sorted(Comparator.comparing(Campaign::createdAt).reversed()).toList();
        PageRequest page = query.page();
        List<Campaign> rows = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(rows, matching.size(), page);
    }

    @Override
    public synchronized CampaignDetail get(CampaignId id) {
        return new CampaignDetail(require(id), stats.getOrDefault(id, CampaignStats.none()));
    }

    /** The window {@link #defaultWindow()} answers until the next reset: the standard one in {@code zone}. */
    public synchronized void givenBusinessZone(ZoneId zone) {
        defaultWindow = SendingWindow.standard(zone);
    }

    @Override
    public synchronized SendingWindow defaultWindow() {
        return defaultWindow;
    }

    @Override
    public synchronized Campaign create(CampaignForm form, UserId createdByOrNull) {
        calls.add("create");
        lastForm = form;
        lastCreator = createdByOrNull;
        if (saveFailure != null) {
            throw saveFailure;
        }
        return given(form.name(), CampaignStatus.DRAFT, audience(form), form.messageA(),
                form.messageB().isBlank() ? null : form.messageB());
    }

    @Override
    public synchronized Campaign update(CampaignId id, CampaignForm form) {
        calls.add("update " + id);
        lastForm = form;
        Campaign old = require(id);
        if (saveFailure != null) {
            throw saveFailure;
        }
        if (old.status() != CampaignStatus.DRAFT) {
            throw BusinessRuleException.conflict("Campaign " + id + " is " + old.status().word());
        }
        Campaign updated = new Campaign(id, form.name(), old.status(), audience(form), MessageTemplate.parse(form.messageA()),
                form.messageB().isBlank() ? null : MessageTemplate.parse(form.messageB()), old.dailyLimit(), old.window(),
                form.skipInOtherRunning(), old.skipTextedWithinDays(), null, old.createdAt(), NOW, null, null);
        campaigns.put(id, updated);
        return updated;
    }

    private static Audience audience(CampaignForm form) {
        return form.audienceListId().isBlank()
                ? new Audience.FilterAudience(new SavedFilterId(Long.parseLong(form.audienceFilterId())))
                : new Audience.ListAudience(new CampaignListId(Long.parseLong(form.audienceListId())));
    }

    @Override
    public synchronized CampaignPreview preview(CampaignId id) {
        require(id);
        CampaignPreview preview = previews.get(id);
        return preview != null ? preview : new CampaignPreview(0, Map.of(), 0, List.of(), Map.of(), 0, 0);
    }

    @Override
    public synchronized CampaignDetail launch(LaunchCampaignCommand command) {
        calls.add("launch " + command.campaign());
        lastLaunch = command;
        Campaign old = require(command.campaign());
        if (launchFailure != null) {
            throw launchFailure;
        }
        boolean later = command.startAt() != null;
        Campaign moved = with(old, later ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING, later ? command.startAt() : null);
        return new CampaignDetail(moved, stats.getOrDefault(moved.id(), CampaignStats.none()));
    }

    private Campaign with(Campaign old, CampaignStatus status, Instant scheduledAt) {
        Campaign moved = new Campaign(old.id(), old.name(), status, old.audience(), old.messageA(), old.messageB(),
                old.dailyLimit(), old.window(), old.skipInOtherRunning(), old.skipTextedWithinDays(), scheduledAt,
                old.createdAt(), NOW, old.startedAt(), old.finishedAt());
        campaigns.put(old.id(), moved);
        return moved;
    }

    private Campaign move(String call, CampaignId id, CampaignStatus from, CampaignStatus to) {
        calls.add(call + " " + id);
        Campaign old = require(id);
        if (from == null ? !old.status().canMoveTo(to) : old.status() != from) {
            throw BusinessRuleException.conflict("Campaign " + id + " is " + old.status().word() + ": it cannot be " + call + "d");
        }
        return with(old, to, old.scheduledAt());
    }

    @Override
    public synchronized Campaign pause(CampaignId id) {
        return move("pause", id, CampaignStatus.RUNNING, CampaignStatus.PAUSED);
    }

    @Override
    public synchronized Campaign resume(CampaignId id) {
        return move("resume", id, CampaignStatus.PAUSED, CampaignStatus.RUNNING);
    }

    @Override
    public synchronized Campaign cancel(CampaignId id) {
        return move("cancel", id, null, CampaignStatus.CANCELLED);
    }

    @Override
    public synchronized Page<RecipientRow> list(RecipientsQuery query) {
        lastRecipientsQuery = query;
        require(query.campaign());
        List<RecipientRow> matching = recipients.stream()
                .filter(it -> query.status() == null || it.status() == query.status()).toList();
        PageRequest page = query.page();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public synchronized long export(CampaignId id, Consumer<List<String>> rows) {
        calls.add("export " + id);
        require(id);
        exportRows.forEach(rows);
        return exportRows.size();
    }
}
