package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.dashboard.Dashboard;
import com.attackacrack.crm.application.port.in.dashboard.GetDashboardUseCase;
import com.attackacrack.crm.domain.user.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * A dashboard use case answering a dashboard the test sets, its import and dead-letter figures dropped for viewers
 * without the permission as the real service does; records the permissions of each call.
 */
public final class FakeDashboard implements GetDashboardUseCase {

    private Dashboard answer = empty();
    private RuntimeException failure;
    private final List<Set<Permission>> calls = new ArrayList<>();

    /** An empty dashboard on 26 November 2026 in New York: zero everywhere, 30 empty days. */
    public static Dashboard empty() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        List<Dashboard.DayMessages> days = new ArrayList<>();
        for (int i = 29; i >= 0; i--) {
            days.add(Dashboard.DayMessages.none(today.minusDays(i)));
        }
        return new Dashboard(Instant.parse("2026-11-27T03:30:00Z"), ZoneId.of("America/New_York"), today,
                new Dashboard.Contacts(0, 0, LocalDate.of(2026, 11, 21)), List.of(), 0, 0,
                new Dashboard.ResponseRate(0, 0, today.minusDays(29)), days, List.of(), Optional.of(List.of()),
                OptionalLong.of(0));
    }

    /** Answers this dashboard from now on. */
    public synchronized void answering(Dashboard dashboard) {
        this.answer = dashboard;
        this.failure = null;
    }

    /** Answers the empty dashboard changed by {@code change}. */
    public synchronized void answering(Function<Dashboard, Dashboard> change) {
        answering(change.apply(empty()));
    }

    /** Throws this from now on. */
    public synchronized void failingWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** Back to the empty dashboard. */
    public synchronized void reset() {
        answering(empty());
        calls.clear();
    }

    /** The permissions of each call so far. */
    public synchronized List<Set<Permission>> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized Dashboard dashboard(Set<Permission> permissions) {
        calls.add(Set.copyOf(permissions));
        if (failure != null) {
            throw failure;
        }
        Dashboard d = answer;
        return new Dashboard(d.at(), d.zone(), d.today(), d.contacts(), d.activeCampaigns(), d.sentToday(), d.dailyLimit(),
                d.responseRate(), d.days(), d.recentConversations(),
                permissions.contains(Permission.MANAGE_IMPORTS) ? d.imports() : Optional.empty(),
                permissions.contains(Permission.MANAGE_INTEGRATIONS) ? d.deadLetters() : OptionalLong.empty());
    }
}
