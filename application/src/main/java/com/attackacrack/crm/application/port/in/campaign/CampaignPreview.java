package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.SmsSegments;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What launching a campaign now would do: how many contacts the audience holds, how many would be excluded for each
 * reason (in the order of {@link ExclusionReason.Kind}), how many would be texted, up to five rendered samples for
 * real eligible recipients, the longest rendered message of each variant in characters and SMS segments, and the
 * sending days (days of the window) and calendar days the daily limit needs to text everyone eligible.
 */
public record CampaignPreview(long audienceSize, Map<ExclusionReason, Long> exclusions, long eligible,
                              List<Sample> samples, Map<Variant, SmsSegments> longest, long sendingDays,
                              long calendarDays) {

    /** The most samples a preview shows. */
    public static final int MAX_SAMPLES = 5;

    public CampaignPreview {
        exclusions = Collections.unmodifiableMap(new LinkedHashMap<>(exclusions));
        samples = List.copyOf(samples);
        longest = Collections.unmodifiableMap(longest.isEmpty() ? new EnumMap<>(Variant.class) : new EnumMap<>(longest));
    }

    /** How many would be excluded in all. */
    public long excluded() {
        return audienceSize - eligible;
    }

    /** One recipient's message as it would be sent. */
    public record Sample(ContactId contact, String name, Variant variant, String body) {
        public Sample {
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(variant, "variant");
            Objects.requireNonNull(body, "body");
        }
    }
}
