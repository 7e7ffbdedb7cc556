package com.attackacrack.crm.adapters.in.web.audience;

import com.attackacrack.crm.adapters.in.web.FieldErrors;
import com.attackacrack.crm.adapters.in.web.listing.PathIds;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The saved-filter form's fields as typed (every criterion of {@link AudienceFilter} plus the name), read from a form
 * post or the live count's query string, and turned into a filter with a message per wrong field.
 *
 * @param values every field's trimmed value, {@code ""} when empty
 */
public record AudienceForm(Map<String, String> values) {

    /** The criteria fields, in form order (the name is not one). */
    public static final List<String> CRITERIA = List.of("leadSource", "customer", "hasEmail", "propertyType", "city", "zip",
            "equityMin", "equityMax", "ownerOccupied", "inList", "notInList", "notTextedInDays", "neverReplied");

    private static final int MAX_TEXT = 100;
    private static final Map<String, Boolean> YES_NO = Map.of("yes", Boolean.TRUE, "no", Boolean.FALSE);

    public AudienceForm {
        values = Map.copyOf(values);
    }

    /** The fields read through {@code field} (a form or query parameter by name; null or blank when absent). */
    public static AudienceForm read(Function<String, String> field) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", clean(field.apply("name")));
        for (String name : CRITERIA) {
            values.put(name, clean(field.apply(name)));
        }
        return new AudienceForm(values);
    }

    /** The form showing a saved filter's name and criteria. */
    public static AudienceForm of(String name, AudienceFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("leadSource", text(filter.leadSource()));
        values.put("customer", filter.customer() == null ? "any" : filter.customer() ? "customer" : "prospect");
        values.put("hasEmail", yesNo(filter.hasEmail()));
        values.put("propertyType", text(filter.propertyType()));
        values.put("city", text(filter.city()));
        values.put("zip", text(filter.zip()));
        values.put("equityMin", text(filter.equityMin()));
        values.put("equityMax", text(filter.equityMax()));
        values.put("ownerOccupied", yesNo(filter.ownerOccupied()));
        values.put("inList", filter.inList() == null ? "" : filter.inList().toString());
        values.put("notInList", filter.notInList() == null ? "" : filter.notInList().toString());
        values.put("notTextedInDays", text(filter.notTextedInDays()));
        values.put("neverReplied", filter.neverReplied() ? "on" : "");
        return new AudienceForm(values);
    }

    /** An empty form: every contact. */
    public static AudienceForm empty() {
        return of("", AudienceFilter.everyone());
    }

    public String name() {
        return values.get("name");
    }

    /**
     * The filter the fields describe; null with the problems added to {@code errors} (by field, or under "criteria" for
     * a rule across fields) when they do not.
     */
    public AudienceFilter filter(FieldErrors errors) {
        for (String name : List.of("leadSource", "propertyType", "city")) {
            if (values.get(name).length() > MAX_TEXT) {
                errors.add(name, "Use at most " + MAX_TEXT + " characters.");
            }
        }
        Boolean customer = switch (values.get("customer")) {
            case "customer" -> Boolean.TRUE;
            case "prospect" -> Boolean.FALSE;
            default -> null;
        };
        Integer equityMin = whole(errors, "equityMin", 0, 100, "Equity from must be a whole percent from 0 to 100.");
        Integer equityMax = whole(errors, "equityMax", 0, 100, "Equity to must be a whole percent from 0 to 100.");
        Integer days = whole(errors, "notTextedInDays", 1, 3_650, "'Not texted in' must be 1 to 3,650 days.");
        CampaignListId inList = list(errors, "inList");
        CampaignListId notInList = list(errors, "notInList");
        String zip = values.get("zip");
        if (!zip.isEmpty() && !zip.matches("[0-9]{5}")) {
            errors.add("zip", "ZIP must be 5 digits.");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new AudienceFilter(values.get("leadSource"), customer, yesNo(values.get("hasEmail")),
                    values.get("propertyType"), values.get("city"), zip, equityMin, equityMax,
                    yesNo(values.get("ownerOccupied")), inList, notInList, days, !values.get("neverReplied").isEmpty());
        } catch (BusinessRuleException e) {
            errors.add("criteria", e.getMessage());
            return null;
        }
    }

    private Integer whole(FieldErrors errors, String name, int min, int max, String message) {
        String value = values.get(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.replace("%", "").replace(",", "").strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the field's limits.
        }
        errors.add(name, message);
        return null;
    }

    private CampaignListId list(FieldErrors errors, String name) {
        String value = values.get(name);
        if (value.isEmpty()) {
            return null;
        }
        OptionalLong id = PathIds.parse(value);
        if (id.isEmpty()) {
            errors.add(name, "Choose a list from the menu.");
            return null;
        }
        return new CampaignListId(id.getAsLong());
    }

    /** {@code yes} → true, {@code no} → false, anything else (any) → null. */
    private static Boolean yesNo(String value) {
        return YES_NO.get(value);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "any" : value ? "yes" : "no";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
