package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.CopyCsv.plain;
import static com.attackacrack.crm.adapters.out.persistence.CopyCsv.text;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.RowProblem;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.PropertyDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One import batch rendered as COPY CSV for the temporary tables of {@link JdbiImportRepository}: rows, problems,
 * properties (with their in-batch key) and contact candidates (with the number of the person they are), where an
 * unquoted empty field is NULL and text is always quoted.
 */
record ImportBatchCsv(String rows, String problems, String properties, String contacts) {

    static ImportBatchCsv of(List<ImportRow> rows) {
        StringBuilder rowCsv = new StringBuilder(rows.size() * 12);
        StringBuilder problemCsv = new StringBuilder();
        StringBuilder propertyCsv = new StringBuilder(rows.size() * 200);
        StringBuilder contactCsv = new StringBuilder(rows.size() * 200);
        Groups groups = new Groups();
        for (ImportRow row : rows) {
            String propertyKey = row.property() == null ? null : propertyKey(row.property());
            for (ContactCandidate c : row.contacts()) {
                groups.add(c, propertyKey);
            }
        }
        int candidate = 0;
        for (ImportRow row : rows) {
            CopyCsv.row(rowCsv, row.line(), Boolean.toString(row.rejected()));
            for (RowProblem problem : row.problems()) {
                CopyCsv.row(problemCsv, row.line(), text(problem.field()), text(problem.value()),
                        text(problem.reason()));
            }
            String propertyKey = null;
            PropertyDetails p = row.property();
            if (p != null) {
                propertyKey = propertyKey(p);
                Address a = p.address();
                Address m = p.mailingAddress();
                CopyCsv.row(propertyCsv, row.line(), text(propertyKey), text(a.street()), text(a.city()), text(a.state()),
                        text(a.zip()), text(p.propertyType()), text(p.apn()), plain(p.yearBuilt()),
                        plain(p.squareFeet()), plain(p.beds()), p.baths() == null ? "" : p.baths().toPlainString(),
                        plain(p.estimatedValue()), plain(p.estimatedEquity()), plain(p.equityPercent()),
                        plain(p.ownerOccupied()), plain(p.listedForSale()), plain(p.foreclosure()),
                        text(m == null ? null : m.street()), text(m == null ? null : m.city()),
                        text(m == null ? null : m.state()), text(m == null ? null : m.zip()));
            }
            for (ContactCandidate c : row.contacts()) {
                int group = groups.root(candidate);
                candidate++;
                CopyCsv.row(contactCsv, row.line(), Integer.toString(c.slot()), Integer.toString(group),
                        text(c.firstName()), text(c.lastName()), text(c.phone() == null ? null : c.phone().e164()),
                        text(c.email() == null ? null : c.email().value()), text(c.leadSource()), text(c.notes()),
                        text(c.relationship() == null ? null : c.relationship().code()));
            }
        }
        return new ImportBatchCsv(rowCsv.toString(), problemCsv.toString(), propertyCsv.toString(), contactCsv.toString());
    }

    /** The in-batch identity of a property: its APN, else ZIP and street, else street and city (ignoring case). */
    private static String propertyKey(PropertyDetails p) {
        Address a = p.address();
        if (p.apn() != null) {
            return "a:" + p.apn();
        }
        if (a.zip() != null) {
            return "z:" + a.zip() + "|" + lower(a.street());
        }
        return "c:" + lower(a.street()) + "|" + (a.city() == null ? "" : lower(a.city()));
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    /**
     * Numbers the batch's contact candidates so that the same person gets the same number: candidates sharing a
     * phone or an email (transitively), or, without either, the same names on the same property.
     */
    private static final class Groups {

        private final Map<String, Integer> byKey = new HashMap<>();
        private final List<Integer> parent = new ArrayList<>();

        void add(ContactCandidate candidate, String propertyKey) {
            int mine = parent.size();
            parent.add(mine);
            List<String> keys = new ArrayList<>(2);
            if (candidate.phone() != null) {
                keys.add("p:" + candidate.phone().e164());
            }
            if (candidate.email() != null) {
                keys.add("e:" + candidate.email().value());
            }
            if (keys.isEmpty() && propertyKey != null) {
                keys.add("n:" + propertyKey + "\u0000" + lower(candidate.firstName()) + "\u0000"
                        + lower(candidate.lastName()));
            }
            for (String key : keys) {
                Integer other = byKey.putIfAbsent(key, mine);
                if (other != null) {
                    union(other, mine);
                }
            }
        }

        int root(int i) {
            int r = i;
            while (parent.get(r) != r) {
                r = parent.get(r);
            }
            parent.set(i, r);
            return r;
        }

        private void union(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb) {
                parent.set(Math.max(ra, rb), Math.min(ra, rb));
            }
        }
    }
}
