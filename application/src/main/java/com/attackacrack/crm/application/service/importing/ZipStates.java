package com.attackacrack.crm.application.service.importing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The US state (two-letter code, DC and PR included) a ZIP code belongs to, from the USPS 3-digit prefix ranges;
 * military (AA/AE/AP) and unassigned prefixes give nothing. Used only when a file has no state column.
 */
public final class ZipStates {

    private static final Pattern ZIP = Pattern.compile("(\\d{5})(-?\\d{4})?");
    private static final String[] STATES = new String[1000];

    static {
        range(5, 5, "NY");
        range(6, 7, "PR");
        range(8, 8, "VI");
        range(9, 9, "PR");
        range(10, 27, "MA");
        range(28, 29, "RI");
        range(30, 38, "NH");
        range(39, 49, "ME");
        range(50, 59, "VT");
        range(55, 55, "MA");
        range(60, 69, "CT");
        range(70, 89, "NJ");
        range(100, 149, "NY");
        range(150, 196, "PA");
        range(197, 199, "DE");
        range(200, 205, "DC");
        range(201, 201, "VA");
        range(206, 219, "MD");
        range(220, 246, "VA");
        range(247, 268, "WV");
        range(270, 289, "NC");
        range(290, 299, "SC");
        range(300, 319, "GA");
        range(320, 349, "FL");
        range(340, 340, null);
        range(350, 369, "AL");
        range(370, 385, "TN");
        range(386, 397, "MS");
        range(398, 399, "GA");
        range(400, 427, "KY");
        range(430, 459, "OH");
        range(460, 479, "IN");
        range(480, 499, "MI");
        range(500, 528, "IA");
        range(530, 549, "WI");
        range(550, 567, "MN");
        range(569, 569, "DC");
        range(570, 577, "SD");
        range(580, 588, "ND");
        range(590, 599, "MT");
        range(600, 629, "IL");
        range(630, 658, "MO");
        range(660, 679, "KS");
        range(680, 693, "NE");
        range(700, 714, "LA");
        range(716, 729, "AR");
        range(730, 749, "OK");
        range(733, 733, "TX");
        range(750, 799, "TX");
        range(800, 816, "CO");
        range(820, 831, "WY");
        range(832, 838, "ID");
        range(840, 847, "UT");
        range(850, 865, "AZ");
        range(870, 884, "NM");
        range(885, 885, "TX");
        range(889, 898, "NV");
        range(900, 961, "CA");
        range(967, 968, "HI");
        range(969, 969, "GU");
        range(970, 979, "OR");
        range(980, 994, "WA");
        range(995, 999, "AK");
    }

    private ZipStates() {
    }

    /** The state for a 5-digit ZIP or ZIP+4, or empty when the ZIP is malformed or its prefix is not a state's. */
    public static Optional<String> stateFor(String zip) {
        if (zip == null) {
            return Optional.empty();
        }
        var matcher = ZIP.matcher(zip.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(STATES[Integer.parseInt(matcher.group(1).substring(0, 3))]);
    }

    private static void range(int from, int to, String state) {
        for (int prefix = from; prefix <= to; prefix++) {
            STATES[prefix] = state;
        }
    }
}
