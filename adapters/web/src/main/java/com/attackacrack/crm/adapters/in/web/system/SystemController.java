package com.attackacrack.crm.adapters.in.web.system;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.SecuredRoutes;
import com.attackacrack.crm.adapters.in.web.settings.Times;
import com.attackacrack.crm.application.port.in.system.GetSystemOverviewUseCase;
import com.attackacrack.crm.application.port.in.system.SystemOverview;
import com.attackacrack.crm.application.port.in.system.SystemOverview.ProcessStatus;
import com.attackacrack.crm.application.port.in.system.SystemOverview.ProcessesOverview;
import com.attackacrack.crm.application.port.in.system.SystemOverview.QueueOverview;
import com.attackacrack.crm.application.port.in.system.SystemOverview.Section;
import com.attackacrack.crm.application.port.in.system.SystemOverview.TypeDepth;
import com.attackacrack.crm.application.port.out.DatabaseInspector.DatabaseFacts;
import com.attackacrack.crm.application.port.out.JobQueue.JobState;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.attackacrack.crm.application.port.out.RedisInspector.RedisFacts;
import com.attackacrack.crm.domain.system.ProcessRole;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings, System (VIEW_SYSTEM): the database, Redis, the job queue's depth per job type, the latest heartbeat of
 * every process heard from within the last hour (older ones only counted) and this build, read live on each request;
 * a part that cannot be read says why instead of failing the page.
 */
public final class SystemController implements HttpService {

    /** The System page. */
    public static final String PATH = "/settings/system";

    private static final Logger LOG = LoggerFactory.getLogger(SystemController.class);
    private static final Access SYSTEM = Access.permission(Permission.VIEW_SYSTEM);

    private final GetSystemOverviewUseCase overview;
    private final TemplateRenderer renderer;
    private final Times times = new Times();

    /**
     * The System page's route.
     *
     * @param overview reads every part of the page
     * @param renderer the page renderer
     */
    public SystemController(GetSystemOverviewUseCase overview, TemplateRenderer renderer) {
        this.overview = Objects.requireNonNull(overview, "overview");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public void routing(HttpRules rules) {
        SecuredRoutes.on(rules).get(PATH, SYSTEM, this::page);
    }

    private void page(ServerRequest request, ServerResponse response) {
        Map<String, Object> model = new HashMap<>();
        try {
            SystemOverview current = overview.overview();
            model.put("checkedAt", times.human(current.checkedAt()));
            model.put("checkedAtIso", current.checkedAt().toString());
            model.put("build", current.build());
            model.put("database", section(current.database(), this::database));
            model.put("redis", section(current.redis(), this::redis));
            model.put("queue", section(current.queue(), this::queue));
            model.put("processes", section(current.processes(), this::processes));
        } catch (RuntimeException e) {
            LOG.warn("System page: the overview could not be read", e);
            model.put("failure", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        renderer.send(request, response, "settings/system", model);
    }

    private static <T> Map<String, Object> section(Section<T> section, Function<T, Map<String, Object>> view) {
        Map<String, Object> model = new HashMap<>();
        model.put("available", section.available());
        if (section.available()) {
            model.putAll(view.apply(section.value()));
        } else {
            model.put("reason", section.unavailable());
        }
        return model;
    }

    private Map<String, Object> database(DatabaseFacts facts) {
        return Map.of("serverVersion", facts.serverVersion(), "schemaVersion", facts.schemaVersion(),
                "migrations", number(facts.migrationsApplied()), "size", bytes(facts.sizeBytes()),
                "connections", number(facts.openConnections()));
    }

    private Map<String, Object> redis(RedisFacts facts) {
        return Map.of("serverVersion", facts.serverVersion(), "usedMemory", bytes(facts.usedMemoryBytes()),
                "clients", number(facts.connectedClients()));
    }

    private Map<String, Object> queue(QueueOverview queue) {
        Set<JobState> capped = queue.capped();
        List<Map<String, Object>> types = queue.types().stream().map(it -> typeRow(it, capped)).toList();
        return Map.of("types", types, "totals", counts(queue.totals(), Set.of()), "capped", !capped.isEmpty(),
                "limit", number(queue.limit()));
    }

    private static Map<String, Object> typeRow(TypeDepth type, Set<JobState> capped) {
        Map<String, Object> row = new HashMap<>(counts(type.depth(), capped));
        row.put("type", type.type());
        return row;
    }

    private static Map<String, Object> counts(QueueDepth depth, Set<JobState> capped) {
        return Map.of("ready", count(depth.ready(), capped.contains(JobState.READY)),
                "inFlight", count(depth.inFlight(), capped.contains(JobState.IN_FLIGHT)),
                "delayed", count(depth.delayed(), capped.contains(JobState.DELAYED)),
                "deadLetters", count(depth.deadLetters(), capped.contains(JobState.DEAD_LETTERS)));
    }

    private static String count(long value, boolean capped) {
        return number(value) + (capped ? "+" : "");
    }

    private Map<String, Object> processes(ProcessesOverview processes) {
        List<Map<String, Object>> rows = processes.processes().stream().map(this::processRow).toList();
        return Map.of("rows", rows, "schedulerReported", processes.reported(ProcessRole.SCHEDULER),
                "workerReported", processes.reported(ProcessRole.WORKER),
                "maxSilence", duration(processes.maxSilence()), "notShown", number(processes.notShown()),
                "anyNotShown", processes.notShown() > 0, "shownWithin", within(processes.shownWithin()),
                "purgedAfter", processes.purgedAfter().toHours() + " h");
    }

    /** {@code an hour} for one hour, otherwise the duration ({@code 30 min}, {@code 2 h}). */
    private static String within(Duration duration) {
        return duration.equals(Duration.ofHours(1)) ? "an hour" : duration(duration);
    }

    private Map<String, Object> processRow(ProcessStatus status) {
        Map<String, Object> row = new HashMap<>();
        row.put("role", status.process().role().code());
        row.put("processId", status.process().processId());
        row.put("host", status.process().host());
        row.put("version", status.process().version());
        row.put("started", times.human(status.process().startedAt()));
        row.put("startedIso", status.process().startedAt().toString());
        row.put("lastHeartbeat", duration(status.age()) + " ago");
        row.put("lastHeartbeatIso", status.lastHeartbeatAt().toString());
        row.put("queueLag", status.queueLag().toMillis() < 1000
                ? status.queueLag().toMillis() + " ms" : duration(status.queueLag()));
        row.put("fresh", status.fresh());
        return row;
    }

    static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** E.g. {@code 12 s}, {@code 3 min 5 s}, {@code 2 h 10 min}, {@code 4 d 3 h}. */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
        }
        return seconds / 86_400 + " d" + (seconds % 86_400 / 3600 == 0 ? "" : " " + seconds % 86_400 / 3600 + " h");
    }

    /** E.g. {@code 512 B}, {@code 1.5 KiB}, {@code 9.2 MiB}. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ENGLISH, "%.1f %s", value, units[unit]);
    }
}
