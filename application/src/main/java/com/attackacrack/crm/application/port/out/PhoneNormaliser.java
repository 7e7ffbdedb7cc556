package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.Optional;

/**
 * The one phone normaliser used everywhere (imports, webhooks, forms, search): accepts any common spelling of a
 * number (default region US), never invents digits, and rejects junk with a reason.
 */
public interface PhoneNormaliser {

    /** The E.164 number, or a BusinessRuleException (INVALID) whose message says what is wrong with the input. */
    PhoneNumber normalise(String raw);

    /** The E.164 number, or empty when the text is not a valid phone number. */
    Optional<PhoneNumber> tryNormalise(String raw);
}
