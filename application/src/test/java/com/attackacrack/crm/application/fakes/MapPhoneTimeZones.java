package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.PhoneTimeZones;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Test fake of {@link PhoneTimeZones}: the zones given per number; empty (unknown) for any other number. */
public final class MapPhoneTimeZones implements PhoneTimeZones {

    private final Map<PhoneNumber, Set<ZoneId>> zones = new HashMap<>();

    /** The number's area is in these zones. */
    public synchronized MapPhoneTimeZones put(PhoneNumber phone, ZoneId... zoneIds) {
        zones.put(phone, Set.of(zoneIds));
        return this;
    }

    @Override
    public synchronized Set<ZoneId> zonesOf(PhoneNumber phone) {
        return zones.getOrDefault(phone, Set.of());
    }
}
