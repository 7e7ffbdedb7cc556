package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.system.GetSystemOverviewUseCase;
import com.attackacrack.crm.application.port.in.system.SystemOverview;
import com.attackacrack.crm.application.port.in.system.SystemOverview.BuildDetails;
import com.attackacrack.crm.application.port.in.system.SystemOverview.Section;
import com.attackacrack.crm.application.port.out.DatabaseInspector.DatabaseFacts;
import com.attackacrack.crm.application.port.out.RedisInspector.RedisFacts;

/** Test fake of {@link GetSystemOverviewUseCase}: returns the overview the test set, or throws what it was told to. */
public final class FakeSystemOverview implements GetSystemOverviewUseCase {

    /** The build every default overview shows. */
    public static final BuildDetails BUILD = new BuildDetails("9.9.9-test", "2025-01-01T00:00:00Z", "test");

    private SystemOverview overview;
    private RuntimeException failure;

    public FakeSystemOverview() {
        reset();
    }

    /** Back to an overview whose every part is unavailable. */
    public synchronized void reset() {
        failure = null;
        overview = new SystemOverview(FakeAccounts.NOW, BUILD, Section.<DatabaseFacts>failed("not set"),
                Section.<RedisFacts>failed("not set"), Section.failed("not set"), Section.failed("not set"));
    }

    public synchronized void set(SystemOverview overview) {
        this.overview = overview;
    }

    /** Makes {@link #overview()} throw this until reset. */
    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public synchronized SystemOverview overview() {
        if (failure != null) {
            throw failure;
        }
        return overview;
    }
}
