package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.ZoneId;
import java.util.Set;

/** Looks up the time zones a phone number's area is in, so quiet hours can be kept in the recipient's local time. */
public interface PhoneTimeZones {

    /** The time zones the number's area is in; empty when unknown (callers then use the business time zone). */
    Set<ZoneId> zonesOf(PhoneNumber phone);
}
