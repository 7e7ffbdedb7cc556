package com.attackacrack.crm.domain.campaign;

import com.attackacrack.crm.domain.shared.BusinessRuleException;

/**
 * Which contacts a saved filter picks, over contacts and their properties; null means "any". A contact matches a
 * property criterion when at least one linked property matches all the property criteria together.
 *
 * @param leadSource      the contact's lead source, ignoring case
 * @param customer        true: customers only (customer since is set); false: prospects only
 * @param hasEmail        whether the contact has an email address
 * @param propertyType    a linked property's type, ignoring case
 * @param city            a linked property's city, ignoring case
 * @param zip             a linked property's ZIP (5 digits)
 * @param equityMin       a linked property's equity percent at least this
 * @param equityMax       a linked property's equity percent at most this
 * @param ownerOccupied   a linked property's owner-occupied flag
 * @param inList          member of this campaign list
 * @param notInList       not a member of this campaign list
 * @param notTextedInDays no outbound text in this many days (1 to 3,650)
 * @param neverReplied    true: never sent an inbound text
 */
public record AudienceFilter(String leadSource, Boolean customer, Boolean hasEmail, String propertyType, String city,
                             String zip, Integer equityMin, Integer equityMax, Boolean ownerOccupied,
                             CampaignListId inList, CampaignListId notInList, Integer notTextedInDays,
                             boolean neverReplied) {

    public AudienceFilter {
        leadSource = blankToNull(leadSource);
        propertyType = blankToNull(propertyType);
        city = blankToNull(city);
        zip = blankToNull(zip);
        if (zip != null && !zip.matches("[0-9]{5}")) {
            throw BusinessRuleException.invalid("ZIP must be 5 digits, was '" + zip + "'");
        }
        if (equityMin != null && equityMax != null && equityMax < equityMin) {
            throw BusinessRuleException.invalid("Equity from " + equityMin + "% is above equity to " + equityMax + "%");
        }
        if (notTextedInDays != null && (notTextedInDays < 1 || notTextedInDays > 3_650)) {
            throw BusinessRuleException.invalid("'Not texted in' must be 1 to 3,650 days, was " + notTextedInDays);
        }
        if (inList != null && inList.equals(notInList)) {
            throw BusinessRuleException.invalid("A filter cannot require being in and not in the same list");
        }
    }

    /** Every contact. */
    public static AudienceFilter everyone() {
        return new AudienceFilter(null, null, null, null, null, null, null, null, null, null, null, null, false);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
