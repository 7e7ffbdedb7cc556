package com.attackacrack.crm.application.port.in.property;

/**
 * A property as typed into the form, unparsed: numbers, yes/no values and the mailing address are checked by the
 * service, which reports every bad field at once (InvalidFieldsException keyed by these field names).
 */
public record PropertyForm(String street, String city, String state, String zip, String propertyType, String apn,
                           String yearBuilt, String squareFeet, String beds, String baths, String estimatedValue,
                           String estimatedEquity, String equityPercent, String ownerOccupied, String listedForSale,
                           String foreclosure, String mailingStreet, String mailingCity, String mailingState,
                           String mailingZip) {
}
