package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.CopyCsv.plain;
import static com.attackacrack.crm.adapters.out.persistence.CopyCsv.row;
import static com.attackacrack.crm.adapters.out.persistence.CopyCsv.text;

import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoContact;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoLink;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoProperty;
import java.util.List;

/** Renders demo rows as PostgreSQL COPY CSV: an unquoted empty field is NULL, text is always quoted. */
final class DemoCsv {

    private DemoCsv() {
    }

    static String contacts(List<DemoContact> contacts) {
        StringBuilder csv = new StringBuilder(contacts.size() * 160);
        for (int i = 0; i < contacts.size(); i++) {
            DemoContact c = contacts.get(i);
            row(csv, i, text(c.firstName()), text(c.lastName()), text(c.phone()), text(c.email()), text(c.leadSource()),
                    plain(c.customerSince()), text(c.optOutReason()), plain(c.optedOutAt()), plain(c.createdAt()));
        }
        return csv.toString();
    }

    static String properties(List<DemoProperty> properties) {
        StringBuilder csv = new StringBuilder(properties.size() * 200);
        for (int i = 0; i < properties.size(); i++) {
            DemoProperty p = properties.get(i);
            row(csv, i, text(p.street()), text(p.city()), text(p.state()), text(p.zip()), text(p.propertyType()),
                    text(p.apn()), plain(p.yearBuilt()), plain(p.squareFeet()), plain(p.beds()),
                    p.baths() == null ? "" : p.baths().toPlainString(), plain(p.estimatedValue()),
                    plain(p.estimatedEquity()), plain(p.equityPercent()), plain(p.ownerOccupied()),
                    plain(p.listedForSale()), plain(p.foreclosure()), plain(p.createdAt()));
        }
        return csv.toString();
    }

    static String links(List<DemoLink> links) {
        StringBuilder csv = new StringBuilder(links.size() * 30);
        for (DemoLink link : links) {
            row(csv, link.contactIndex(), plain(link.propertyIndex()), text(link.relationship().code()));
        }
        return csv.toString();
    }
}
