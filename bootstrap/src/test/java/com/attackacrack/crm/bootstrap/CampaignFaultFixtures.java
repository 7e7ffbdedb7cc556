package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberTimeZones;
import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignCommand;
import com.attackacrack.crm.application.port.in.campaign.ListMembersCommand;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.QuietHours;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Campaign set-up for the campaign fault test: recipients whose numbers are in daytime now (quiet hours follow the
 * real clock), a static list of them and a campaign over it with an always-open window, launched through the real
 * LaunchCampaignService on the same database the processes use.
 */
final class CampaignFaultFixtures {

    /** A block of numbers in one place: {@code prefix} followed by {@code digits} zero-padded digits. */
    record PhoneBlock(String place, String prefix, int digits, Set<ZoneId> expectedZones) {

        String number(int index) {
            return prefix + String.format("%0" + digits + "d", index);
        }

        int capacity() {
            return (int) Math.pow(10, digits);
        }
    }

    /** Candidate blocks around the globe: at any hour at least one of them is between 08:00 and 21:00 locally. */
    static final List<PhoneBlock> BLOCKS = List.of(
            new PhoneBlock("Boston", "+1617555", 4, Set.of(ZoneId.of("America/New_York"))),
            new PhoneBlock("Honolulu", "+1808555", 4, Set.of(ZoneId.of("Pacific/Honolulu"))),
            new PhoneBlock("London", "+447911123", 3, Set.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/Guernsey"),
                    ZoneId.of("Europe/Isle_of_Man"), ZoneId.of("Europe/Jersey"))),
            new PhoneBlock("India", "+919800", 6, Set.of(ZoneId.of("Asia/Calcutta"))),
            new PhoneBlock("Tokyo", "+8190123", 5, Set.of(ZoneId.of("Asia/Tokyo"))));

    private CampaignFaultFixtures() {
    }

    /** The first block whose every zone allows texts from now until {@code lasting} from now. */
    static Optional<PhoneBlock> daytimeBlock(Duration lasting, int needed) {
        LibPhoneNumberTimeZones zones = new LibPhoneNumberTimeZones();
        Instant now = Instant.now();
        for (PhoneBlock block : BLOCKS) {
            if (block.capacity() < needed) {
                continue;
            }
            Set<ZoneId> first = zones.zonesOf(new PhoneNumber(block.number(0)));
            Set<ZoneId> last = zones.zonesOf(new PhoneNumber(block.number(needed - 1)));
            if (!first.isEmpty() && first.equals(last) && QuietHours.allows(now, first)
                    && QuietHours.allows(now.plus(lasting), first)) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }

    /**
     * Inserts {@code count} contacts numbered from the block, puts them on a new list and launches a campaign over it
     * (all week, 00:00 to 23:59 UTC, the given daily limit); returns the campaign.
     */
    static CampaignId launchListCampaign(Jdbi jdbi, PhoneBlock block, int count, int dailyLimit) {
        CampaignServices services = new CampaignServices(jdbi, ZoneId.of("America/New_York"), Clock.systemUTC());
        List<ContactId> contacts = jdbi.withHandle(handle -> handle.createQuery("""
                        insert into contacts (first_name, last_name, phone, source, created_at, updated_at,
                                              last_activity_at)
                        select 'Pat', 'Fault ' || i, :prefix || lpad(i::text, :digits, '0'), 'test', now(), now(), now()
                        from generate_series(0, :count - 1) as i
                        returning id
                        """)
                .bind("prefix", block.prefix()).bind("digits", block.digits()).bind("count", count)
                .mapTo(Long.class).map(ContactId::new).list());
        CampaignList list = services.createList().create(new CampaignListCommand("Fault test " + block.place(), null));
        services.addContacts().add(new ListMembersCommand(list.id(), contacts));
        Campaign campaign = services.createCampaign().create(new CampaignForm("Fault test " + count,
                Long.toString(list.id().value()), null, "Hi {first_name|there}, your foundation check is due.", null,
                Integer.toString(dailyLimit), List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "00:00",
                "23:59", "UTC", false, null), null);
        services.launchCampaign().launch(new LaunchCampaignCommand(campaign.id(), null));
        return campaign.id();
    }

    /** The campaign's recipients by status, with unknown rows left for review counted as "review". */
    static Map<String, Integer> statusCounts(Jdbi jdbi, CampaignId campaign) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        select case when status = 'unknown' and failure_code = 'review' then 'review' else status end
                                   as state, count(*) as n
                        from campaign_recipients where campaign_id = :campaign group by 1
                        """)
                .bind("campaign", campaign.value())
                .map((rs, ctx) -> Map.entry(rs.getString("state"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    static String campaignStatus(Jdbi jdbi, CampaignId campaign) {
        return jdbi.withHandle(handle -> handle.createQuery("select status from campaigns where id = :id")
                .bind("id", campaign.value()).mapTo(String.class).one());
    }
}
