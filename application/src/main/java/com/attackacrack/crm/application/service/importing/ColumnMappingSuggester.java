package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a {@link ColumnMapping} from a header row by common column names, compared lower-case with everything but
 * letters and digits removed ("E-mail Address" = "emailaddress"; "%" counts as "percent"). The first column wins.
 */
public final class ColumnMappingSuggester {

    private static final Map<String, ImportField> SYNONYMS = new HashMap<>();

    static {
        synonyms(ImportField.FIRST_NAME, "first name", "firstname", "first", "given name", "forename");
        synonyms(ImportField.LAST_NAME, "last name", "lastname", "last", "surname", "family name");
        synonyms(ImportField.FULL_NAME, "name", "full name", "contact name", "contact", "owner", "owner name",
                "primary name");
        synonyms(ImportField.PHONE, "phone", "mobile", "cell", "phone number", "mobile phone", "cell phone", "telephone",
                "tel", "mobile number", "cell number", "primary mobile phone1");
        synonyms(ImportField.EMAIL, "email", "e-mail", "email address", "e-mail address", "primary email1");
        synonyms(ImportField.LEAD_SOURCE, "lead source", "source");
        synonyms(ImportField.NOTES, "notes", "note", "comments", "comment");
        synonyms(ImportField.STREET, "address", "street", "street address", "property address", "address 1",
                "address line 1");
        synonyms(ImportField.CITY, "city", "town", "property city");
        synonyms(ImportField.STATE, "state", "st", "property state");
        synonyms(ImportField.ZIP, "zip", "zip code", "postal code", "zipcode", "postcode", "property zip");
        synonyms(ImportField.APN, "apn", "parcel", "parcel number");
        synonyms(ImportField.PROPERTY_TYPE, "type", "property type");
        synonyms(ImportField.YEAR_BUILT, "year built", "yr built");
        synonyms(ImportField.SQUARE_FEET, "sq ft", "square feet", "living area");
        synonyms(ImportField.BEDS, "beds", "bedrooms");
        synonyms(ImportField.BATHS, "baths", "bathrooms");
        synonyms(ImportField.ESTIMATED_VALUE, "est value", "estimated value", "value");
        synonyms(ImportField.ESTIMATED_EQUITY, "est equity $", "estimated equity", "equity");
        synonyms(ImportField.EQUITY_PERCENT, "est equity %", "equity %", "equity percent");
        synonyms(ImportField.OWNER_OCCUPIED, "owner occ?", "owner occupied");
    }

    private ColumnMappingSuggester() {
    }

    /** The mapping guessed from this header; refused (as by ColumnMapping) when it identifies no person or property. */
    public static ColumnMapping suggest(List<String> header) {
        return new ColumnMapping(suggestColumns(header));
    }

    /** The columns guessed from this header, field by field (possibly none, or none identifying anyone). */
    public static Map<ImportField, String> suggestColumns(List<String> header) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (String name : header) {
            if (name == null) {
                continue;
            }
            ImportField field = SYNONYMS.get(normalise(name));
            if (field != null) {
                columns.putIfAbsent(field, name.strip());
            }
        }
        return columns;
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replace("%", "percent").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static void synonyms(ImportField field, String... names) {
        for (String name : names) {
            SYNONYMS.put(normalise(name), field);
        }
    }
}
