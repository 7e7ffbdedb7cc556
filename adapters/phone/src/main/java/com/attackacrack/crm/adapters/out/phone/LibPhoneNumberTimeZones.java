package com.attackacrack.crm.adapters.out.phone;

import com.attackacrack.crm.application.port.out.PhoneTimeZones;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The phone time zones on libphonenumber's geocoder data (PhoneNumberToTimeZonesMapper): the zones of the number's
 * area code, or of its whole country when the number is not tied to an area (toll-free, mobile in some countries);
 * empty when libphonenumber does not know ("Etc/Unknown") or names a zone this JDK does not have.
 */
public final class LibPhoneNumberTimeZones implements PhoneTimeZones {

    private static final String UNKNOWN = PhoneNumberToTimeZonesMapper.getUnknownTimeZone();
    private static final Set<PhoneNumberUtil.PhoneNumberType> NOT_GEOGRAPHIC = Set.of(PhoneNumberUtil.PhoneNumberType.TOLL_FREE,
            PhoneNumberUtil.PhoneNumberType.PREMIUM_RATE, PhoneNumberUtil.PhoneNumberType.SHARED_COST,
            PhoneNumberUtil.PhoneNumberType.UAN);

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final PhoneNumberToTimeZonesMapper mapper = PhoneNumberToTimeZonesMapper.getInstance();

    @Override
    public Set<ZoneId> zonesOf(PhoneNumber phone) {
        Objects.requireNonNull(phone, "phone");
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = util.parse(phone.e164(), "ZZ");
        } catch (NumberParseException e) {
            return Set.of();
        }
        if (NOT_GEOGRAPHIC.contains(util.getNumberType(parsed))) {
            // a toll-free or premium number says nothing about where its owner is (libphonenumber answers every zone
            // of the country): unknown, so callers use the business's time zone
            return Set.of();
        }
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (String id : mapper.getTimeZonesForNumber(parsed)) {
            if (id == null || UNKNOWN.equals(id)) {
                continue;
            }
            try {
                zones.add(ZoneId.of(id));
            } catch (DateTimeException e) {
                // a zone id this JDK's tz database does not know: leave it out rather than guess
                continue;
            }
        }
        return Collections.unmodifiableSet(zones);
    }
}
