package com.attackacrack.crm.application.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.demo.DemoDataReport;
import com.attackacrack.crm.application.port.in.demo.GenerateDemoDataCommand;
import com.attackacrack.crm.application.port.out.DemoDataWriter.Counts;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoContact;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoLink;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoProperty;
import com.attackacrack.crm.application.port.out.DemoDataWriter.Serials;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void writesTheContactsInBatchesWithThreePropertiesPerFiveContacts() {
        RecordingDemoDataWriter writer = RecordingDemoDataWriter.empty();

        new DemoDataService(writer, CLOCK, 1_000).generate(new GenerateDemoDataCommand(2_500, 7));

        assertThat(writer.contactBatches).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(writer.contacts).hasSize(2_500);
        assertThat(writer.properties).hasSize(1_500);
        assertThat(writer.links.stream().filter(link -> link.relationship() == Relationship.PRIMARY_OWNER)).hasSize(1_500);
        assertThat(writer.links.stream().filter(link -> link.relationship() == Relationship.SECONDARY_OWNER).count())
                .isBetween(200L, 400L);
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        RecordingDemoDataWriter first = generate(500, 11);
        RecordingDemoDataWriter again = generate(500, 11);
        RecordingDemoDataWriter other = generate(500, 12);

        assertThat(again.contacts).isEqualTo(first.contacts);
        assertThat(again.properties).isEqualTo(first.properties);
        assertThat(again.links).isEqualTo(first.links);
        assertThat(other.contacts).isNotEqualTo(first.contacts);
    }

    @Test
    void contactsLookRealAndAreUniqueByPhoneAndEmail() {
        List<DemoContact> contacts = generate(5_000, 3).contacts;

        assertThat(contacts).allSatisfy(contact -> {
            assertThat(contact.phone()).matches("\\+1(617|508|781|978|857|339|351|413|774)[2-9][0-9]{6}");
            assertThat(contact.leadSource()).isIn(DemoDataGenerator.LEAD_SOURCES);
            assertThat(contact.createdAt()).isBefore(NOW.plusSeconds(1)).isAfter(NOW.minusSeconds(4L * 365 * 86_400));
            assertThat(new ContactDetails(contact.firstName(), contact.lastName(), new PhoneNumber(contact.phone()),
                    contact.email() == null ? null : EmailAddress.parse(contact.email()), contact.leadSource(),
                    contact.customerSince(), null)).isNotNull();
        });
        assertThat(contacts.stream().map(DemoContact::phone).distinct()).hasSize(5_000);
        List<String> emails = contacts.stream().map(DemoContact::email).filter(email -> email != null).toList();
        assertThat(emails).hasSizeBetween(4_000, 4_600).doesNotHaveDuplicates()
                .allMatch(email -> email.matches("[a-z']+\\.[a-z']+\\.[0-9]+@example\\.com"));
        assertThat(contacts.stream().filter(contact -> contact.customerSince() != null).count()).isBetween(1_300L, 1_700L);
        assertThat(contacts.stream().filter(contact -> contact.optedOutAt() != null).count()).isBetween(75L, 230L);
        assertThat(contacts.stream().map(DemoContact::firstName).distinct().count()).isGreaterThan(150);
    }

    @Test
    void propertiesLookRealAndHaveUniqueApns() {
        List<DemoProperty> properties = generate(5_000, 3).properties;

        assertThat(properties).hasSize(3_000).allSatisfy(property -> {
            assertThat(property.propertyType()).isIn("Single Family", "Condo", "Townhouse", "Multi-Family");
            assertThat(property.estimatedValue()).isPositive();
            assertThat(new PropertyDetails(new Address(property.street(), property.city(), property.state(), property.zip()),
                    property.propertyType(), property.apn(), property.yearBuilt(), property.squareFeet(), property.beds(),
                    property.baths(), property.estimatedValue(), property.estimatedEquity(), property.equityPercent(),
                    property.ownerOccupied(), property.listedForSale(), property.foreclosure(), null)).isNotNull();
        });
        assertThat(properties.stream().map(DemoProperty::apn).distinct()).hasSize(3_000);
        Map<String, Long> byType = properties.stream()
                .collect(Collectors.groupingBy(DemoProperty::propertyType, Collectors.counting()));
        assertThat(byType).containsOnlyKeys("Single Family", "Condo", "Townhouse", "Multi-Family");
    }

    @Test
    void everyPropertyHasOnePrimaryOwnerAndNoPairIsLinkedTwice() {
        RecordingDemoDataWriter writer = generate(3_000, 5);

        Map<Integer, Long> primaries = writer.links.stream()
                .filter(link -> link.relationship() == Relationship.PRIMARY_OWNER)
                .collect(Collectors.groupingBy(DemoLink::propertyIndex, Collectors.counting()));
        assertThat(primaries).hasSize(writer.properties.size()).allSatisfy((property, count) -> assertThat(count).isEqualTo(1));
        assertThat(new HashSet<>(writer.links.stream().map(link -> link.propertyIndex() + "/" + link.contactIndex()).toList()))
                .hasSize(writer.links.size());
    }

    @Test
    void numbersARunAboveTheSerialsTheWriterHandsOut() {
        RecordingDemoDataWriter writer = new RecordingDemoDataWriter(new Counts(0, 0, 0), new Serials(1_001, 601));

        new DemoDataService(writer, CLOCK).generate(new GenerateDemoDataCommand(10, 1));

        assertThat(writer.contacts.get(0).phone()).isEqualTo(DemoDataGenerator.phone(1_001));
        assertThat(writer.contacts.get(0).email()).endsWith(".1001@example.com");
        assertThat(writer.properties.get(0).apn()).isEqualTo(DemoDataGenerator.apn(601)).isEqualTo("0000-000-601");
    }

    @Test
    void reportsTheCountsTheWriterReadsBeforeAndAfter() {
        RecordingDemoDataWriter writer = new RecordingDemoDataWriter(new Counts(40, 20, 25), new Serials(41, 21));

        DemoDataReport report = new DemoDataService(writer, CLOCK).generate(new GenerateDemoDataCommand(100, 1));

        assertThat(report.before()).isEqualTo(new Counts(40, 20, 25));
        assertThat(report.after()).isEqualTo(writer.counts());
        assertThat(report.contactsAdded()).isEqualTo(100);
        assertThat(report.propertiesAdded()).isEqualTo(60);
        assertThat(report.linksAdded()).isEqualTo(writer.links.size());
    }

    @Test
    void phonesStayDistinctPastTheFirstExchange() {
        List<String> phones = java.util.stream.LongStream.range(1, 300_000).mapToObj(DemoDataGenerator::phone).toList();

        assertThat(phones.stream().collect(Collectors.toMap(Function.identity(), phone -> 1, Integer::sum)))
                .hasSize(phones.size());
        assertThat(DemoDataGenerator.phone(9)).isEqualTo("+16175550001");
    }

    private static RecordingDemoDataWriter generate(int contacts, long seed) {
        RecordingDemoDataWriter writer = RecordingDemoDataWriter.empty();
        new DemoDataService(writer, CLOCK).generate(new GenerateDemoDataCommand(contacts, seed));
        return writer;
    }
}
