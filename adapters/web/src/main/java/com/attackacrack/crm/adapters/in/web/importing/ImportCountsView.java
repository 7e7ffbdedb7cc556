package com.attackacrack.crm.adapters.in.web.importing;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.importing.ImportCounts;
import java.util.List;

/** The counts of an import, read back from the database, as labelled figures for the import page. */
public record ImportCountsView(List<Figure> figures, long conflicts, long problems, boolean changedNothing) {

    /** One labelled figure; {@code id} names it for tests and anchors. */
    public record Figure(String id, String label, String value) {
    }

    /** The view of the counts. */
    public static ImportCountsView from(ImportCounts counts) {
        return new ImportCountsView(List.of(
                figure("rows-read", "Rows read", counts.rowsRead()),
                figure("rows-rejected", "Rows rejected", counts.rowsRejected()),
                figure("contacts-created", "Contacts created", counts.contactsCreated()),
                figure("contacts-enriched", "Contacts enriched", counts.contactsEnriched()),
                figure("contacts-unchanged", "Contacts unchanged", counts.contactsUnchanged()),
                figure("properties-created", "Properties created", counts.propertiesCreated()),
                figure("properties-updated", "Properties updated", counts.propertiesUpdated()),
                figure("properties-unchanged", "Properties unchanged", counts.propertiesUnchanged()),
                figure("conflicts-queued", "Conflicts queued", counts.conflictsQueued()),
                figure("problems", "Row problems", counts.problems())),
                counts.conflictsQueued(), counts.problems(), counts.changedNothing() && counts.rowsRead() > 0);
    }

    private static Figure figure(String id, String label, long value) {
        return new Figure(id, label, Formats.number(value));
    }
}
