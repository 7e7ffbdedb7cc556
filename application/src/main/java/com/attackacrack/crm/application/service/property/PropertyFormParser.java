package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.PropertyForm;
import com.attackacrack.crm.application.service.form.FieldProblems;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns a {@link PropertyForm} into checked {@link PropertyDetails}, or an InvalidFieldsException naming every bad
 * field (keys are the form's component names). The mailing address counts only when one of its fields is filled.
 */
final class PropertyFormParser {

    private static final String STREET = "x";
    private static final Address SOMEWHERE = new Address(STREET, null, null, null);

    PropertyDetails parse(PropertyForm form) {
        FieldProblems problems = new FieldProblems();
        Address address = address(problems, "", form.street(), form.city(), form.state(), form.zip());
        String apn = form.apn();
        check(problems, "apn", () -> details(apn, null, null, null, null, null, null));
        Integer yearBuilt = problems.parse("yearBuilt", form.yearBuilt(), raw -> FormValues.integer("Year built", raw));
        check(problems, "yearBuilt", () -> details(null, yearBuilt, null, null, null, null, null));
        Integer squareFeet = problems.parse("squareFeet", form.squareFeet(), raw -> FormValues.integer("Square feet", raw));
        check(problems, "squareFeet", () -> details(null, null, squareFeet, null, null, null, null));
        Integer beds = problems.parse("beds", form.beds(), raw -> FormValues.integer("Beds", raw));
        check(problems, "beds", () -> details(null, null, null, beds, null, null, null));
        BigDecimal baths = problems.parse("baths", form.baths(), raw -> FormValues.decimal("Baths", raw));
        check(problems, "baths", () -> details(null, null, null, null, baths, null, null));
        Long value = problems.parse("estimatedValue", form.estimatedValue(), raw -> FormValues.money("Estimated value", raw));
        check(problems, "estimatedValue", () -> details(null, null, null, null, null, value, null));
        Long equity = problems.parse("estimatedEquity", form.estimatedEquity(),
                raw -> FormValues.money("Estimated equity", raw));
        Integer equityPercent = problems.parse("equityPercent", form.equityPercent(),
                raw -> FormValues.percent("Equity %", raw));
        check(problems, "equityPercent", () -> details(null, null, null, null, null, null, equityPercent));
        Boolean ownerOccupied = problems.parse("ownerOccupied", form.ownerOccupied(),
                raw -> FormValues.yesNo("Owner occupied", raw));
        Boolean listedForSale = problems.parse("listedForSale", form.listedForSale(),
                raw -> FormValues.yesNo("Listed for sale", raw));
        Boolean foreclosure = problems.parse("foreclosure", form.foreclosure(), raw -> FormValues.yesNo("Foreclosure", raw));
        Address mailing = mailingAddress(problems, form);
        problems.throwIfAny();
        return new PropertyDetails(address, form.propertyType(), apn, yearBuilt, squareFeet, beds, baths, value, equity,
                equityPercent, ownerOccupied, listedForSale, foreclosure, mailing);
    }

    private static Address mailingAddress(FieldProblems problems, PropertyForm form) {
        boolean filled = Stream.of(form.mailingStreet(), form.mailingCity(), form.mailingState(), form.mailingZip())
                .anyMatch(value -> value != null && !value.isBlank());
        if (!filled) {
            return null;
        }
        return address(problems, "mailing", form.mailingStreet(), form.mailingCity(), form.mailingState(),
                form.mailingZip());
    }

    /** Checks each part on its own so that every bad part is named; prefix "" or "mailing" gives the field names. */
    private static Address address(FieldProblems problems, String prefix, String street, String city, String state,
                                   String zip) {
        check(problems, field(prefix, "street"), () -> new Address(street, null, null, null));
        check(problems, field(prefix, "city"), () -> new Address(STREET, city, null, null));
        check(problems, field(prefix, "state"), () -> new Address(STREET, null, state, null));
        check(problems, field(prefix, "zip"), () -> new Address(STREET, null, null, zip));
        try {
            return new Address(street, city, state, zip);
        } catch (BusinessRuleException e) {
            return null;
        }
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static PropertyDetails details(String apn, Integer yearBuilt, Integer squareFeet, Integer beds,
                                           BigDecimal baths, Long value, Integer equityPercent) {
        return new PropertyDetails(SOMEWHERE, null, apn, yearBuilt, squareFeet, beds, baths, value, null,
                equityPercent, null, null, null, null);
    }

    private static void check(FieldProblems problems, String field, Supplier<Object> construction) {
        if (problems.has(field)) {
            return;
        }
        try {
            construction.get();
        } catch (BusinessRuleException e) {
            problems.add(field, e.getMessage());
        }
    }
}
