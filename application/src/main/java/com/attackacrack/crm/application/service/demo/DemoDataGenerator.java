package com.attackacrack.crm.application.service.demo;

import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoContact;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoLink;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoProperty;
import com.attackacrack.crm.application.port.out.DemoDataWriter.Serials;
import com.attackacrack.crm.domain.property.Relationship;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates demo contacts and properties batch by batch, the same for the same seed, serials and time. Contact number
 * {@code s} (its serial) gets a phone and email derived from {@code s}, and property serials give unique APNs, so a
 * run that starts above an earlier run's serials adds new rows. Three contacts in five own a property.
 */
final class DemoDataGenerator {

    static final List<String> AREA_CODES = List.of("617", "508", "781", "978", "857", "339", "351", "413", "774");
    static final List<String> LEAD_SOURCES = List.of("PropertyRadar", "Referral", "Website", "Door hanger", "Yard sign");
    static final String SOURCE = "demo";

    private static final List<String> OPT_OUT_REASONS = List.of("STOP keyword", "Asked by phone", "Wrong number");
    private static final List<Integer> EXCHANGES = exchanges();
    private static final long HISTORY_SECONDS = Duration.ofDays(3 * 365).toSeconds();

    private final SplittableRandom random;
    private final Serials serials;
    private final Instant now;
    private long contactsMade;
    private long propertiesMade;

    DemoDataGenerator(long seed, Serials serials, Instant now) {
        this.random = new SplittableRandom(seed);
        this.serials = Objects.requireNonNull(serials, "serials");
        this.now = Objects.requireNonNull(now, "now");
    }

    /** One batch of generated rows; links refer to indexes in the batch's lists. */
    record Batch(List<DemoContact> contacts, List<DemoProperty> properties, List<DemoLink> links) {
    }

    Batch next(int size) {
        List<DemoContact> contacts = new ArrayList<>(size);
        List<DemoProperty> properties = new ArrayList<>(size);
        List<DemoLink> links = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long index = contactsMade++;
            contacts.add(contact(serials.contact() + index));
            if ((index + 1) * 3 / 5 > index * 3 / 5) {
                DemoProperty property = property(serials.property() + propertiesMade++);
                properties.add(property);
                int propertyIndex = properties.size() - 1;
                links.add(new DemoLink(i, propertyIndex, Relationship.PRIMARY_OWNER));
                if (size > 1 && random.nextInt(100) < 20) {
                    links.add(new DemoLink(other(i, size), propertyIndex, Relationship.SECONDARY_OWNER));
                } else if (size > 1 && !property.ownerOccupied() && random.nextInt(100) < 30) {
                    links.add(new DemoLink(other(i, size), propertyIndex, Relationship.TENANT));
                }
            }
        }
        return new Batch(contacts, properties, links);
    }

    static String phone(long serial) {
        String area = AREA_CODES.get((int) (serial % AREA_CODES.size()));
        long rest = serial / AREA_CODES.size();
        int exchange = EXCHANGES.get((int) (rest / 10_000 % EXCHANGES.size()));
        return String.format(Locale.ROOT, "+1%s%03d%04d", area, exchange, rest % 10_000);
    }

    static String apn(long serial) {
        return String.format(Locale.ROOT, "%04d-%03d-%03d", serial / 1_000_000 % 10_000, serial / 1_000 % 1_000,
                serial % 1_000);
    }

    private DemoContact contact(long serial) {
        String first = pick(DemoNames.FIRST);
        String last = pick(DemoNames.LAST);
        Instant createdAt = now.minusSeconds(random.nextLong(HISTORY_SECONDS));
        String email = random.nextInt(100) < 85
                ? (first + "." + last + "." + serial + "@example.com").toLowerCase(Locale.ROOT) : null;
        LocalDate customerSince = random.nextInt(100) < 30
                ? LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(random.nextInt(365)) : null;
        boolean optedOut = random.nextInt(100) < 3;
        Instant optedOutAt = optedOut
                ? createdAt.plusSeconds(random.nextLong(Duration.between(createdAt, now).toSeconds() + 1)) : null;
        return new DemoContact(first, last, phone(serial), email, pick(LEAD_SOURCES), customerSince,
                optedOut ? pick(OPT_OUT_REASONS) : null, optedOutAt, createdAt);
    }

    private DemoProperty property(long serial) {
        DemoPlaces.City city = pick(DemoPlaces.CITIES);
        String street = (1 + random.nextInt(399)) + " " + pick(DemoPlaces.STREETS) + " " + pick(DemoPlaces.SUFFIXES);
        int kind = random.nextInt(100);
        String type = kind < 55 ? "Single Family" : kind < 75 ? "Condo" : kind < 85 ? "Townhouse" : "Multi-Family";
        int squareFeet = switch (type) {
            case "Condo" -> 600 + random.nextInt(1_200);
            case "Townhouse" -> 1_100 + random.nextInt(1_200);
            case "Multi-Family" -> 2_000 + random.nextInt(2_500);
            default -> 1_000 + random.nextInt(2_800);
        };
        int beds = Math.max(1, Math.min(8, squareFeet / 550 + random.nextInt(2)));
        BigDecimal baths = BigDecimal.valueOf(2 + random.nextInt(Math.max(1, beds * 2 - 1)), 1).multiply(BigDecimal.valueOf(5));
        long value = squareFeet * (250L + random.nextInt(400)) / 1_000 * 1_000;
        int equityPercent = random.nextInt(100) < 5 ? -random.nextInt(15) : 10 + random.nextInt(91);
        boolean ownerOccupied = random.nextInt(100) < 75;
        return new DemoProperty(street, city.name(), "MA", city.zip(), type, apn(serial), 1880 + random.nextInt(143),
                squareFeet, beds, baths, value, value * equityPercent / 100, equityPercent, ownerOccupied,
                random.nextInt(100) < 4, random.nextInt(100) < 1, now.minusSeconds(random.nextLong(HISTORY_SECONDS)));
    }

    private int other(int index, int size) {
        int other = random.nextInt(size - 1);
        return other >= index ? other + 1 : other;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<Integer> exchanges() {
        List<Integer> exchanges = new ArrayList<>();
        exchanges.add(555);
        for (int exchange = 200; exchange <= 999; exchange++) {
            if (exchange != 555 && exchange % 100 != 11) {
                exchanges.add(exchange);
            }
        }
        return List.copyOf(exchanges);
    }
}
