package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.Optional;

/** Test fake of {@link PhoneNormaliser}, US only: keeps the digits; 10 digits, or 11 starting with 1, else INVALID. */
public final class SimplePhoneNormaliser implements PhoneNormaliser {

    @Override
    public PhoneNumber normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw BusinessRuleException.invalid("A phone number is required");
        }
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.length() == 10) {
            return new PhoneNumber("+1" + digits);
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return new PhoneNumber("+" + digits);
        }
        throw BusinessRuleException.invalid("'" + raw.strip() + "' is not a US phone number (10 digits expected)");
    }

    @Override
    public Optional<PhoneNumber> tryNormalise(String raw) {
        try {
            return Optional.of(normalise(raw));
        } catch (BusinessRuleException e) {
            return Optional.empty();
        }
    }
}
