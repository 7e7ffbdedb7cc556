package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.AudienceCounter;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** Counts an audience filter's contacts in PostgreSQL with the conditions of {@link AudienceConditions}. */
public final class JdbiAudienceCounter implements AudienceCounter {

    private final Jdbi jdbi;
    private final Clock clock;

    /** A counter on the process's one Jdbi; the clock anchors "not texted in N days". */
    public JdbiAudienceCounter(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long count(AudienceFilter filter) {
        SqlConditions where = AudienceConditions.where(filter, clock.instant());
        return jdbi.withHandle(handle -> where.bindTo(handle.createQuery("select count(*) from contacts c <where>")
                        .define("where", where.sql()))
                .mapTo(Long.class)
                .one());
    }
}
