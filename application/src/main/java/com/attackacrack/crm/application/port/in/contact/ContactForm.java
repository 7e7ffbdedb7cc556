package com.attackacrack.crm.application.port.in.contact;

/**
 * A contact as typed into the form, unparsed: the service normalises the phone, parses the email and the date
 * ({@code yyyy-MM-dd}) and reports every bad field at once (InvalidFieldsException keyed by these field names).
 */
public record ContactForm(String firstName, String lastName, String phone, String email, String leadSource,
                          String customerSince, String notes) {
}
