package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.Objects;

/**
 * One row of a campaign's launch snapshot: an eligible recipient (pending) with the body rendered for their variant,
 * or an excluded one with the reason and no body.
 */
public record NewRecipient(ContactId contact, PhoneNumber phone, Variant variant, String body,
                           ExclusionReason exclusion) {

    public NewRecipient {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(variant, "variant");
        if ((body == null) == (exclusion == null)) {
            throw new IllegalArgumentException("a recipient has either a body or an exclusion");
        }
        if (body != null && phone == null) {
            throw new IllegalArgumentException("an eligible recipient needs a phone");
        }
    }

    /** An eligible recipient, pending. */
    public static NewRecipient eligible(ContactId contact, PhoneNumber phone, Variant variant, String body) {
        return new NewRecipient(contact, phone, variant, Objects.requireNonNull(body, "body"), null);
    }

    /** An excluded recipient. */
    public static NewRecipient excluded(ContactId contact, PhoneNumber phone, Variant variant, ExclusionReason why) {
        return new NewRecipient(contact, phone, variant, null, Objects.requireNonNull(why, "why"));
    }

    public boolean isExcluded() {
        return exclusion != null;
    }
}
