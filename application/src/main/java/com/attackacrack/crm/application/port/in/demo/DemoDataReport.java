package com.attackacrack.crm.application.port.in.demo;

import com.attackacrack.crm.application.port.out.DemoDataWriter.Counts;
import java.util.Objects;

/** The row counts read from the database before and after a demo-data run, and what the run added. */
public record DemoDataReport(Counts before, Counts after) {

    public DemoDataReport {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public long contactsAdded() {
        return after.contacts() - before.contacts();
    }

    public long propertiesAdded() {
        return after.properties() - before.properties();
    }

    public long linksAdded() {
        return after.links() - before.links();
    }
}
