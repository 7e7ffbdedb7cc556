package com.attackacrack.crm.adapters.in.web.audience;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A saved filter as the filters page shows it.
 *
 * @param id       the filter's id
 * @param name     its name
 * @param criteria its criteria in words ("Everyone" when none)
 * @param updated  the day it was last saved
 */
public record SavedFilterView(long id, String name, String criteria, String updated) {

    /** The view of a filter; {@code listNames} names the lists it refers to (by id). */
    public static SavedFilterView from(SavedFilter filter, Map<Long, String> listNames) {
        return new SavedFilterView(filter.id().value(), filter.name(), describe(filter.criteria(), listNames),
                Formats.day(filter.updatedAt()));
    }

    /** The criteria in words, joined by " · ". */
    static String describe(AudienceFilter f, Map<Long, String> listNames) {
        List<String> parts = new ArrayList<>();
        if (f.leadSource() != null) {
            parts.add("Lead source " + f.leadSource());
        }
        if (f.customer() != null) {
            parts.add(f.customer() ? "Customers" : "Prospects");
        }
        if (f.hasEmail() != null) {
            parts.add(f.hasEmail() ? "Has email" : "No email");
        }
        if (f.propertyType() != null) {
            parts.add("Property type " + f.propertyType());
        }
        if (f.city() != null) {
            parts.add("City " + f.city());
        }
        if (f.zip() != null) {
            parts.add("ZIP " + f.zip());
        }
        if (f.equityMin() != null || f.equityMax() != null) {
            parts.add("Equity " + (f.equityMin() == null ? 0 : f.equityMin()) + "–"
                    + (f.equityMax() == null ? 100 : f.equityMax()) + "%");
        }
        if (f.ownerOccupied() != null) {
            parts.add(f.ownerOccupied() ? "Owner occupied" : "Not owner occupied");
        }
        if (f.inList() != null) {
            parts.add("In list " + listName(f.inList(), listNames));
        }
        if (f.notInList() != null) {
            parts.add("Not in list " + listName(f.notInList(), listNames));
        }
        if (f.notTextedInDays() != null) {
            parts.add("Not texted in " + f.notTextedInDays() + " days");
        }
        if (f.neverReplied()) {
            parts.add("Never replied");
        }
        return parts.isEmpty() ? "Everyone" : String.join(" · ", parts);
    }

    private static String listName(CampaignListId id, Map<Long, String> listNames) {
        return listNames.getOrDefault(id.value(), "(deleted list " + id + ")");
    }
}
