package com.attackacrack.crm.adapters.out.phone;

import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phone normaliser, on libphonenumber with default region US. Accepts any common spelling of a valid number
 * (punctuation, spaces, a leading 1, a + country code, the 011 international prefix); an extension ("ext. 12",
 * "x12", "#12") is accepted and dropped, since E.164 has no place for it and texts go to the main line. Refuses,
 * naming the input and the reason: letters (including vanity numbers such as 1-800-FLOWERS), numbers without an
 * area code, too short or too long, and anything libphonenumber does not hold valid. It never invents digits: the
 * national number it returns is always the last digits the person typed.
 */
public final class LibPhoneNumberNormaliser implements PhoneNormaliser {

    private static final String DEFAULT_REGION = "US";
    private static final int MAX_INPUT = 60;
    private static final int MAX_DIGITS = 15;
    private static final int NANP_DIGITS = 10;
    private static final int LOCAL_DIGITS = 7;
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(?:,|;)?\\s*(?:ext\\.?|extension|x|#)\\s*\\d{1,7}\\s*$");
    private static final Pattern ALLOWED = Pattern.compile("[0-9+()\\-./ \\t]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    @Override
    public PhoneNumber normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw BusinessRuleException.invalid("A phone number is required");
        }
        String input = raw.strip();
        String shown = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) + "..." : input;
        if (input.length() > MAX_INPUT) {
            throw refuse(shown, "is too long to be a phone number");
        }
        String number = EXTENSION.matcher(input).replaceFirst("");
        if (LETTER.matcher(number).find()) {
            throw refuse(shown, number.chars().anyMatch(Character::isDigit)
                    ? "contains letters: type the number in digits" : "is not a phone number");
        }
        if (!ALLOWED.matcher(number).matches() || number.indexOf('+') > 0) {
            throw refuse(shown, "is not a phone number");
        }
        String digits = number.replaceAll("[^0-9]", "");
        boolean international = number.startsWith("+") || digits.startsWith("011");
        checkLength(shown, digits, international);
        Phonenumber.PhoneNumber parsed = parse(shown, number);
        String national = util.getNationalSignificantNumber(parsed);
        if (!util.isValidNumber(parsed) || !digits.endsWith(national)) {
            throw refuse(shown, invalidReason(parsed));
        }
        return new PhoneNumber(util.format(parsed, PhoneNumberFormat.E164));
    }

    @Override
    public Optional<PhoneNumber> tryNormalise(String raw) {
        try {
            return Optional.of(normalise(raw));
        } catch (BusinessRuleException e) {
            return Optional.empty();
        }
    }

    private static void checkLength(String shown, String digits, boolean international) {
        if (digits.isEmpty()) {
            throw refuse(shown, "is not a phone number");
        }
        if (digits.length() > MAX_DIGITS + (digits.startsWith("011") ? 3 : 0)) {
            throw refuse(shown, "is too long to be a phone number");
        }
        if (international) {
            return;
        }
        if (digits.length() == LOCAL_DIGITS || (digits.length() == LOCAL_DIGITS + 1 && digits.startsWith("1"))) {
            throw refuse(shown, "has no area code");
        }
        if (digits.length() < NANP_DIGITS) {
            throw refuse(shown, "is too short to be a phone number (a US number has 10 digits)");
        }
        if (digits.length() > NANP_DIGITS && !(digits.length() == NANP_DIGITS + 1 && digits.startsWith("1"))) {
            throw refuse(shown, "is too long for a US number (use + and the country code for others)");
        }
    }

    private Phonenumber.PhoneNumber parse(String shown, String number) {
        try {
            return util.parse(number, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw refuse(shown, switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> "has an unknown country code";
                case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "is too short to be a phone number";
                case TOO_LONG -> "is too long to be a phone number";
                default -> "is not a phone number";
            });
        }
    }

    private String invalidReason(Phonenumber.PhoneNumber parsed) {
        return switch (util.isPossibleNumberWithReason(parsed)) {
            case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY -> "is too short to be a phone number";
            case TOO_LONG -> "is too long to be a phone number";
            case INVALID_COUNTRY_CODE -> "has an unknown country code";
            default -> parsed.getCountryCode() == 1
                    ? "is not a valid US number (no such area code or exchange)"
                    : "is not a valid number for country code +" + parsed.getCountryCode();
        };
    }

    private static BusinessRuleException refuse(String shown, String reason) {
        return BusinessRuleException.invalid("'" + shown + "' " + reason);
    }
}
