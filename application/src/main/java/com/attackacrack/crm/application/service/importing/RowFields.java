package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.importing.ContactCandidate;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.RowProblem;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The values of one record, parsed column by column; each value that fails to parse is left null and noted. */
final class RowFields {

    /** The column names a property is read from; null for a column the file does not have. */
    record PropertyColumns(String street, String city, String state, String zip, String type, String apn,
                           String yearBuilt, String squareFeet, String beds, String baths, String value, String equity,
                           String equityPercent, String ownerOccupied, String listedForSale, String foreclosure,
                           String mailStreet, String mailCity, String mailState, String mailZip) {
    }

    private final CsvRecord record;
    private final ImportColumns columns;
    private final PhoneNormaliser phones;
    private final List<RowProblem> problems = new ArrayList<>();

    RowFields(CsvRecord record, ImportColumns columns, PhoneNormaliser phones) {
        this.record = record;
        this.columns = columns;
        this.phones = phones;
    }

    String text(String column) {
        return column == null ? null : columns.value(record, column);
    }

    <T> T parse(String column, Function<String, T> parser) {
        String raw = text(column);
        if (raw == null) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (BusinessRuleException e) {
            problem(column, raw, e.getMessage());
            return null;
        }
    }

    PhoneNumber phone(String column) {
        return parse(column, phones::normalise);
    }

    EmailAddress email(String column) {
        return parse(column, EmailAddress::parse);
    }

    void problem(String column, String value, String reason) {
        problems.add(new RowProblem(column, value, reason));
    }

    Optional<ContactCandidate> candidate(int slot, PersonNames.SplitName name, PhoneNumber phone, EmailAddress email,
                                         String leadSource, String notes, Relationship relationship) {
        if (name.first() == null && name.last() == null && phone == null && email == null) {
            return Optional.empty();
        }
        return Optional.of(new ContactCandidate(slot, name.first(), name.last(), phone, email, leadSource, notes,
                relationship));
    }

    PropertyDetails property(PropertyColumns c) {
        String rawStreet = text(c.street());
        if (rawStreet == null) {
            problem(c.street(), "", "Street address is required: the row has no property");
            return null;
        }
        Address address = address(c.street(), c.city(), c.state(), c.zip());
        if (address == null) {
            return null;
        }
        String apn = text(c.apn());
        if (apn != null && apn.length() > 60) {
            problem(c.apn(), apn, "APN must be at most 60 characters");
            apn = null;
        }
        String street = text(c.mailStreet());
        Address mailing = street == null ? null : address(c.mailStreet(), c.mailCity(), c.mailState(), c.mailZip());
        try {
            return new PropertyDetails(address, text(c.type()), apn,
                    ranged(c.yearBuilt(), ImportValues::integer, 1600, 2100),
                    ranged(c.squareFeet(), ImportValues::integer, 1, 1_000_000),
                    ranged(c.beds(), ImportValues::integer, 0, 100),
                    baths(c.baths()),
                    ranged(c.value(), ImportValues::money, 0, Long.MAX_VALUE),
                    parse(c.equity(), ImportValues::money),
                    ranged(c.equityPercent(), ImportValues::percent, -1000, 100),
                    parse(c.ownerOccupied(), ImportValues::bool),
                    parse(c.listedForSale(), ImportValues::bool),
                    parse(c.foreclosure(), ImportValues::bool),
                    mailing);
        } catch (BusinessRuleException e) {
            problem(c.street(), rawStreet, e.getMessage());
            return null;
        }
    }

    ImportRow row(PropertyDetails property, List<ContactCandidate> contacts) {
        if (property == null && contacts.isEmpty() && problems.isEmpty()) {
            problem("Row", "", "Nothing to import: the row has no name, phone, email or address");
        }
        return new ImportRow(record.line(), property, contacts, problems);
    }

    private Address address(String streetColumn, String cityColumn, String stateColumn, String zipColumn) {
        String rawStreet = text(streetColumn);
        String zip = zip(zipColumn);
        String state = parse(stateColumn, RowFields::state);
        if (state == null) {
            state = ZipStates.stateFor(zip).orElse(null);
        }
        try {
            return new Address(NameCase.street(rawStreet), NameCase.street(text(cityColumn)), state, zip);
        } catch (BusinessRuleException e) {
            problem(streetColumn, rawStreet, e.getMessage());
            return null;
        }
    }

    private String zip(String column) {
        return parse(column, raw -> {
            String zip = raw.replace(" ", "");
            if (zip.matches("\\d{9}")) {
                zip = zip.substring(0, 5) + "-" + zip.substring(5);
            }
            if (zip.matches("\\d{4}(-\\d{4})?")) {
                zip = "0" + zip;
            }
            if (!zip.matches("\\d{5}(-\\d{4})?")) {
                throw BusinessRuleException.invalid("'" + raw + "' is not a ZIP code (5 digits, or ZIP+4)");
            }
            return zip;
        });
    }

    private static String state(String raw) {
        if (!raw.matches("[A-Za-z]{2}")) {
            throw BusinessRuleException.invalid("'" + raw + "' is not a two-letter state code such as MA");
        }
        return raw.toUpperCase(Locale.ROOT);
    }

    private BigDecimal baths(String column) {
        BigDecimal baths = parse(column, ImportValues::decimal);
        if (baths != null && (baths.signum() < 0 || baths.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problem(column, text(column), "Baths must be from 0 to 100, was " + baths.toPlainString());
            return null;
        }
        return baths;
    }

    private <T extends Number> T ranged(String column, Function<String, T> parser, long min, long max) {
        T value = parse(column, parser);
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            String range = max == Long.MAX_VALUE ? "must not be below " + min : "must be from " + min + " to " + max;
            problem(column, text(column), column + " " + range + ", was " + value);
            return null;
        }
        return value;
    }
}
