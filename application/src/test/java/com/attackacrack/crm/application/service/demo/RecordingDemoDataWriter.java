package com.attackacrack.crm.application.service.demo;

import com.attackacrack.crm.application.port.out.DemoDataWriter;
import java.util.ArrayList;
import java.util.List;

/** Keeps every batch it is given and counts rows as a database would, starting from some existing rows. */
final class RecordingDemoDataWriter implements DemoDataWriter {

    final List<List<DemoContact>> contactBatches = new ArrayList<>();
    final List<DemoContact> contacts = new ArrayList<>();
    final List<DemoProperty> properties = new ArrayList<>();
    final List<DemoLink> links = new ArrayList<>();
    private final Counts existing;
    private final Serials serials;

    RecordingDemoDataWriter(Counts existing, Serials serials) {
        this.existing = existing;
        this.serials = serials;
    }

    static RecordingDemoDataWriter empty() {
        return new RecordingDemoDataWriter(new Counts(0, 0, 0), new Serials(1, 1));
    }

    @Override
    public Counts counts() {
        return new Counts(existing.contacts() + contacts.size(), existing.properties() + properties.size(),
                existing.links() + links.size());
    }

    @Override
    public Serials nextSerials() {
        return serials;
    }

    @Override
    public void writeBatch(List<DemoContact> batchContacts, List<DemoProperty> batchProperties, List<DemoLink> batchLinks) {
        for (DemoLink link : batchLinks) {
            if (link.contactIndex() >= batchContacts.size() || link.propertyIndex() >= batchProperties.size()) {
                throw new IllegalArgumentException("link outside its batch: " + link);
            }
        }
        contactBatches.add(List.copyOf(batchContacts));
        contacts.addAll(batchContacts);
        properties.addAll(batchProperties);
        links.addAll(batchLinks);
    }
}
