package com.attackacrack.crm.domain.importing;

/** The facts a generic CSV column can be mapped to, each with the name people read. */
public enum ImportField {
    FIRST_NAME("First name"),
    LAST_NAME("Last name"),
    FULL_NAME("Full name"),
    PHONE("Phone"),
    EMAIL("Email"),
    LEAD_SOURCE("Lead source"),
    NOTES("Notes"),
    STREET("Street"),
    CITY("City"),
    STATE("State"),
    ZIP("ZIP"),
    APN("APN"),
    PROPERTY_TYPE("Property type"),
    YEAR_BUILT("Year built"),
    SQUARE_FEET("Square feet"),
    BEDS("Beds"),
    BATHS("Baths"),
    ESTIMATED_VALUE("Estimated value"),
    ESTIMATED_EQUITY("Estimated equity"),
    EQUITY_PERCENT("Equity %"),
    OWNER_OCCUPIED("Owner occupied");

    private final String label;

    ImportField(String label) {
        this.label = label;
    }

    /** The name people read, e.g. {@code First name}. */
    public String label() {
        return label;
    }
}
