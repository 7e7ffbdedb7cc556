// Writes a PropertyRadar export with the real 39-column header and N generated rows (one property, one or two
// owners each, unique APNs, phones and emails derived from the row number, ALL CAPS names as PropertyRadar sends
// them) for the import benchmark. Run through import-bench.sh.
//   java GeneratePropertyRadarFile.java OUT.csv ROWS [FIRST_SERIAL]

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

static final String HEADER = "Type,Address,City,ZIP,Subdivision,Longitude,Latitude,APN,Yr Built,Purchase Date,"
        + "Purchase Mos Since,Sq Ft,Beds,Baths,Est Value,Est Equity $,Owner,Mail Address,Mail City,Mail State,Mail ZIP,"
        + "Owner Occ?,Listed for Sale?,Listing Status,Foreclosure?,Est Equity %,High Equity?,Primary Name,"
        + "Primary Mobile Phone1,Primary Mobile 1 Status,Primary Email1,Primary Email 1 Status,Primary Email1 Hash,"
        + "Secondary Name,Secondary Mobile Phone1,Secondary Mobile 1 Status,Secondary Email1,Secondary Email 1 Status,"
        + "Secondary Email1 Hash";
static final String[] FIRST = {"JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID",
    "ELIZABETH", "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH", "KEVIN", "KAREN"};
static final String[] LAST = {"SULLIVAN", "O'BRIEN", "MCDONALD", "MURPHY", "NGUYEN", "PATEL", "KELLY", "COSTA",
    "HUGHES", "DOHERTY", "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "WILSON",
    "ANDERSON"};
static final String[] STREETS = {"MAIN STREET", "PINE DRIVE", "OAK AVENUE", "MAPLE ROAD", "ELM STREET", "CEDAR LANE",
    "HIGH STREET", "PARK AVENUE", "WASHINGTON STREET", "CHESTNUT HILL ROAD"};
static final String[][] CITIES = {{"WALTHAM", "02451"}, {"BOSTON", "02118"}, {"NEWTON", "02458"},
    {"QUINCY", "02169"}, {"CAMBRIDGE", "02139"}, {"SOMERVILLE", "02143"}, {"BROCKTON", "02301"},
    {"WORCESTER", "01602"}};
static final String[] TYPES = {"SFR", "Condo", "Townhouse", "Multi-Family"};

void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    long first = args.length > 2 ? Long.parseLong(args[2]) : 1;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        w.write(HEADER);
        w.write("\r\n");
        for (long i = first; i < first + rows; i++) {
            w.write(row(i));
            w.write("\r\n");
        }
    }
}

String row(long i) {
    int h = (int) (i * 2_654_435_761L >>> 7);
    String[] city = CITIES[Math.floorMod(h, CITIES.length)];
    String street = (100 + i % 9_800) + " " + STREETS[Math.floorMod(h >> 3, STREETS.length)] + " UNIT " + i;
    String owner = FIRST[Math.floorMod(h >> 5, FIRST.length)] + " " + LAST[Math.floorMod(h >> 9, LAST.length)];
    boolean secondary = i % 3 == 0;
    String second = FIRST[Math.floorMod(h >> 13, FIRST.length)] + " " + LAST[Math.floorMod(h >> 9, LAST.length)];
    long value = 200_000 + Math.floorMod(h, 900) * 1_000L;
    long equity = value * Math.floorMod(h >> 2, 90) / 100;
    String apn = String.format(Locale.ROOT, "%03d-%04d-%06d", i % 1000, (i / 1000) % 10_000, i);
    return String.join(",", TYPES[Math.floorMod(h >> 4, TYPES.length)], street, city[0], city[1], "", "", "", apn,
            Integer.toString(1900 + Math.floorMod(h, 124)), "06/15/2004", "", Integer.toString(800 + Math.floorMod(h, 3000)),
            Integer.toString(1 + Math.floorMod(h, 5)), Math.floorMod(h, 2) == 0 ? "2" : "2.5", Long.toString(value),
            Long.toString(equity), "\"" + owner + "\"", street, city[0], "MA", city[1], i % 4 == 0 ? "0" : "1", "0", "",
            "0", Long.toString(equity * 100 / value), equity * 2 > value ? "1" : "0", "\"" + owner + "\"", phone(i, 0),
            "Active", i % 2 == 0 ? "owner" + i + "@example.com" : "", "", "", secondary ? "\"" + second + "\"" : "",
            secondary ? phone(i, 1) : "", secondary ? "Active" : "", secondary && i % 6 == 0 ? "second" + i + "@example.com" : "",
            "", "");
}

/** A valid, unique US number per row and slot: five Massachusetts area codes, exchanges 200-999 except N11. */
String phone(long i, int slot) {
    long n = i * 2 + slot;
    String[] areas = {"617", "781", "857", "508", "978"};
    long perArea = EXCHANGES.length * 10_000L;
    String area = areas[(int) (n / perArea % areas.length)];
    long local = n % perArea;
    return String.format(Locale.ROOT, "(%s) %03d-%04d", area, EXCHANGES[(int) (local / 10_000)], local % 10_000);
}

static final int[] EXCHANGES = java.util.stream.IntStream.rangeClosed(200, 999).filter(e -> e % 100 != 11).toArray();
