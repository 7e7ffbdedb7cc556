package com.attackacrack.crm.adapters.in.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.FakeSystemOverview;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
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
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SystemControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final Instant NOW = FakeAccounts.NOW;

    private Browser admin;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.system().reset();
        admin = server.admin();
    }

    private Document page() {
        HttpResponse<String> response = admin.get(SystemController.PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static ProcessStatus process(String id, ProcessRole role, Duration age, boolean fresh) {
        return new ProcessStatus(new ProcessInfo(id, role, "host-" + id, "1.4.0", Instant.parse("2025-01-01T10:00:00Z")),
                NOW.minus(age), age, Duration.ofMillis(250), fresh);
    }

    private static void givenEverythingUp(Set<JobState> capped, ProcessStatus... processes) {
        givenEverythingUp(capped, 0, processes);
    }

    private static void givenEverythingUp(Set<JobState> capped, int notShown, ProcessStatus... processes) {
        server.system().set(new SystemOverview(NOW, FakeSystemOverview.BUILD,
                Section.of(new DatabaseFacts("17.2", "13", 13, 9_437_184, 7)),
                Section.of(new RedisFacts("7.4.1", 1_572_864, 4)),
                Section.of(new QueueOverview(List.of(
                        new TypeDepth("campaign.send", new QueueDepth(12_000, 3, 0, 0)),
                        new TypeDepth("message.send", new QueueDepth(5, 1, 2, 1))),
                        new QueueDepth(12_005, 4, 2, 1), capped, 10_000)),
                Section.of(new ProcessesOverview(List.of(processes), Duration.ofSeconds(45), notShown, Duration.ofHours(1),
                        Duration.ofHours(24)))));
    }

    @Test
    void showsTheBuildDatabaseRedisQueueAndProcesses() {
        givenEverythingUp(Set.of(), process("w1", ProcessRole.WORKER, Duration.ofSeconds(12), true),
                process("s1", ProcessRole.SCHEDULER, Duration.ofMinutes(3).plusSeconds(5), false));

        Document page = page();

        assertThat(page.title()).contains("System");
        assertThat(page.select("#build-version").text()).isEqualTo("9.9.9-test");
        assertThat(page.select("#build-time").text()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(page.select("#build-environment").text()).isEqualTo("test");
        assertThat(page.select("#system-checked time").attr("datetime")).isEqualTo(NOW.toString());
        assertThat(page.select("#system-database .crm-system-status").text()).isEqualTo("Reachable");
        assertThat(page.select("#db-server-version").text()).isEqualTo("17.2");
        assertThat(page.select("#db-schema-version").text()).isEqualTo("13");
        assertThat(page.select("#db-migrations").text()).isEqualTo("13");
        assertThat(page.select("#db-size").text()).isEqualTo("9.0 MiB");
        assertThat(page.select("#db-connections").text()).isEqualTo("7");
        assertThat(page.select("#redis-server-version").text()).isEqualTo("7.4.1");
        assertThat(page.select("#redis-memory").text()).isEqualTo("1.5 MiB");
        assertThat(page.select("#redis-clients").text()).isEqualTo("4");

        Element send = page.selectFirst("tr.crm-queue-type[data-type=message.send]");
        assertThat(send.select(".crm-ready, .crm-in-flight, .crm-delayed, .crm-dead").eachText())
                .containsExactly("5", "1", "2", "1");
        assertThat(page.select("tr.crm-queue-type").eachAttr("data-type")).containsExactly("campaign.send", "message.send");
        assertThat(page.select("#queue-totals td").eachText()).containsExactly("12,005", "4", "2", "1");
        assertThat(page.select("#queue-capped")).isEmpty();

        assertThat(page.select("tr.crm-process").eachAttr("data-role")).containsExactly("worker", "scheduler");
        Element worker = page.selectFirst("tr.crm-process[data-role=worker]");
        assertThat(worker.select(".crm-process-id").text()).isEqualTo("w1");
        assertThat(worker.select(".crm-process-host").text()).isEqualTo("host-w1");
        assertThat(worker.select(".crm-process-version").text()).isEqualTo("1.4.0");
        assertThat(worker.select(".crm-process-started").text()).isEqualTo("1 Jan 2025, 10:00 UTC");
        assertThat(worker.select(".crm-process-heartbeat").text()).isEqualTo("12 s ago");
        assertThat(worker.select(".crm-process-lag").text()).isEqualTo("250 ms");
        assertThat(worker.select(".crm-process-status").text()).isEqualTo("Fresh");
        Element scheduler = page.selectFirst("tr.crm-process[data-role=scheduler]");
        assertThat(scheduler.select(".crm-process-heartbeat").text()).isEqualTo("3 min 5 s ago");
        assertThat(scheduler.select(".crm-process-status").text()).isEqualTo("Stale");
        assertThat(page.select("#no-scheduler, #no-worker")).isEmpty();
        assertThat(page.select("#processes-not-shown")).isEmpty();
        assertThat(page.select("#system-refresh").attr("href")).isEqualTo(SystemController.PATH);
        assertThat(page.select("#system-auto-refresh").attr("type")).isEqualTo("checkbox");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/static/js/system-refresh.js");
        assertThat(server.get("/static/js/system-refresh.js", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void cappedStatesShowTheirCountsAsLowerBounds() {
        givenEverythingUp(Set.of(JobState.READY), process("w1", ProcessRole.WORKER, Duration.ZERO, true));

        Document page = page();

        assertThat(page.select("tr.crm-queue-type[data-type=campaign.send] .crm-ready").text()).isEqualTo("12,000+");
        assertThat(page.select("tr.crm-queue-type[data-type=campaign.send] .crm-in-flight").text()).isEqualTo("3");
        assertThat(page.select("#queue-totals .crm-ready").text()).isEqualTo("12,005");
        assertThat(page.select("#queue-capped").text()).contains("first 10,000 entries");
    }

    @Test
    void withoutASchedulerHeartbeatThePageSaysNoSchedulerHasReported() {
        givenEverythingUp(Set.of(), process("w1", ProcessRole.WORKER, Duration.ZERO, true));

        Document page = page();

        assertThat(page.select("#no-scheduler").text()).startsWith("No scheduler has reported");
        assertThat(page.select("#no-worker")).isEmpty();
    }

    @Test
    void processesSilentForMoreThanAnHourAreCountedNotListed() {
        givenEverythingUp(Set.of(), 3, process("w1", ProcessRole.WORKER, Duration.ofMinutes(59), false));

        Document page = page();

        assertThat(page.select("tr.crm-process").eachAttr("data-role")).containsExactly("worker");
        assertThat(page.select("#processes-not-shown").text()).isEqualTo(
                "3 older process(es) not shown (silent for more than an hour; the daily purge removes them after 24 h)");
        assertThat(page.select("#no-scheduler").text()).startsWith("No scheduler has reported");
        assertThat(page.select("#no-worker")).isEmpty();
    }

    @Test
    void withOnlyHiddenProcessesNeitherRoleHasReportedAndNoRowIsListed() {
        givenEverythingUp(Set.of(), 1);

        Document page = page();

        assertThat(page.select("tr.crm-process")).isEmpty();
        assertThat(page.select("#no-processes").text()).isEqualTo("No process has sent a heartbeat in the last hour.");
        assertThat(page.select("#processes-not-shown").text()).startsWith("1 older process(es) not shown");
        assertThat(page.select("#no-scheduler, #no-worker")).hasSize(2);
    }

    @Test
    void eachUnreadablePartSaysWhyAndThePageStillRenders() {
        Document page = page();

        assertThat(page.select("#system-database .crm-system-status").text()).isEqualTo("Unavailable");
        assertThat(page.select("#database-unavailable").text()).isEqualTo("Unavailable: not set");
        assertThat(page.select("#redis-unavailable").text()).isEqualTo("Unavailable: not set");
        assertThat(page.select("#queue-unavailable").text()).isEqualTo("Unavailable: not set");
        assertThat(page.select("#processes-unavailable").text()).isEqualTo("Unavailable: not set");
        assertThat(page.select("#build-version").text()).isEqualTo("9.9.9-test");
    }

    @Test
    void anOverviewThatThrowsStillRendersThePageWithTheReason() {
        server.system().failWith(new IllegalStateException("boom"));

        Document page = page();

        assertThat(page.select("#system-failure").text()).isEqualTo("Unavailable: boom");
    }

    @Test
    void theSettingsNavigationMarksSystemActive() {
        Document page = page();

        assertThat(page.select("#settings-nav a.active").text()).isEqualTo("System");
        assertThat(page.select("#settings-system").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#nav-settings").attr("href")).isEqualTo("/settings/users");
    }

    @Test
    void aMarketerIsForbiddenAndSeesNoSettingsLink() {
        HttpResponse<String> response = server.marketer().get(SystemController.PATH);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(Access.NO_PERMISSION);
        assertThat(Jsoup.parse(server.marketer().get("/").body()).select("#nav-settings")).isEmpty();
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() {
        HttpResponse<String> response = server.get(SystemController.PATH);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/login?next=");
    }

    @Test
    void durationsAndSizesReadNaturally() {
        assertThat(SystemController.duration(Duration.ofSeconds(59))).isEqualTo("59 s");
        assertThat(SystemController.duration(Duration.ofHours(2).plusMinutes(10))).isEqualTo("2 h 10 min");
        assertThat(SystemController.duration(Duration.ofDays(4).plusHours(3))).isEqualTo("4 d 3 h");
        assertThat(SystemController.bytes(512)).isEqualTo("512 B");
        assertThat(SystemController.bytes(1536)).isEqualTo("1.5 KiB");
    }
}
