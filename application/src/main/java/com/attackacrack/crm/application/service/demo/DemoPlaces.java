package com.attackacrack.crm.application.service.demo;

import java.util.List;

/** Massachusetts cities with a real ZIP code, and street names, for demo properties. */
final class DemoPlaces {

    /** A city and one of its ZIP codes. */
    record City(String name, String zip) {
    }

    static final List<City> CITIES = cities("""
            Boston:02108 Boston:02116 Boston:02127 Cambridge:02138 Cambridge:02139 Somerville:02143 Somerville:02144
            Medford:02155 Malden:02148 Everett:02149 Revere:02151 Quincy:02169 Quincy:02171 Braintree:02184
            Weymouth:02188 Milton:02186 Dedham:02026 Needham:02492 Newton:02458 Newton:02460 Brookline:02445
            Waltham:02451 Watertown:02472 Arlington:02474 Belmont:02478 Lexington:02420 Woburn:01801 Burlington:01803
            Reading:01867 Wakefield:01880 Melrose:02176 Saugus:01906 Lynn:01902 Salem:01970 Peabody:01960
            Beverly:01915 Danvers:01923 Andover:01810 Lowell:01852 Lawrence:01841 Haverhill:01830 Methuen:01844
            Chelmsford:01824 Framingham:01701 Natick:01760 Marlborough:01752 Worcester:01602 Worcester:01605
            Shrewsbury:01545 Springfield:01103 Springfield:01109 Chicopee:01013 Holyoke:01040 Northampton:01060
            Amherst:01002 Pittsfield:01201 Brockton:02301 Taunton:02780 Fall River:02720 New Bedford:02740
            Plymouth:02360 Barnstable:02630 Attleboro:02703 Franklin:02038 Norwood:02062 Canton:02021
            """);

    static final List<String> STREETS = words("""
            Main Elm Maple Oak Pine Cedar Washington Adams Lincoln Jefferson Franklin Highland Pleasant Park Chestnut
            Walnut Spring Summer Winter School Church Center Prospect Union Central Hancock Beacon Commonwealth
            Tremont Boylston Massachusetts Harvard Broadway Hillside Lakeview Forest Meadow Orchard Mill River
            Brook Bridge Water Salem Lowell Concord Lexington Bedford Plymouth Cambridge Worcester Dartmouth Revere
            Paul Revere Mystic Charles Neponset Quincy Beech Birch Willow Sycamore Linden Spruce Hawthorne
            """);

    static final List<String> SUFFIXES = List.of("Street", "Street", "Street", "Road", "Avenue", "Avenue", "Lane",
            "Drive", "Court", "Place", "Terrace", "Way", "Circle");

    private DemoPlaces() {
    }

    private static List<City> cities(String text) {
        return words(text.replace("Fall River", "Fall_River").replace("New Bedford", "New_Bedford")).stream()
                .map(entry -> entry.split(":"))
                .map(parts -> new City(parts[0].replace('_', ' '), parts[1]))
                .toList();
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
