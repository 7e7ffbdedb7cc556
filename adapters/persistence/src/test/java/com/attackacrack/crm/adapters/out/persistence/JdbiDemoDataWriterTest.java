package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.in.demo.DemoDataReport;
import com.attackacrack.crm.application.port.in.demo.GenerateDemoDataCommand;
import com.attackacrack.crm.application.port.out.DemoDataWriter.Counts;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoContact;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoLink;
import com.attackacrack.crm.application.port.out.DemoDataWriter.DemoProperty;
import com.attackacrack.crm.application.port.out.DemoDataWriter.Serials;
import com.attackacrack.crm.application.service.demo.DemoDataService;
import com.attackacrack.crm.domain.property.Relationship;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbiDemoDataWriterTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    private static Jdbi jdbi;
    private static JdbiDemoDataWriter writer;

    @BeforeAll
    static void givenAMigratedDatabase() {
        HikariDataSource dataSource = PostgresDataSources.create(TestDatabase.freshDatabase("demo"), 3, "crm-demo-test");
        new FlywaySchemaMigrator(dataSource).migrate();
        jdbi = Jdbis.create(dataSource);
        writer = new JdbiDemoDataWriter(jdbi);
    }

    @Test
    void theServiceWritesThousandsOfRowsAndReportsTheCountsInTheDatabase() {
        DemoDataReport report = service().generate(new GenerateDemoDataCommand(3_000, 1));

        assertThat(report.contactsAdded()).isEqualTo(3_000);
        assertThat(report.propertiesAdded()).isEqualTo(1_800);
        assertThat(report.linksAdded()).isGreaterThan(1_800);
        assertThat(report.after()).isEqualTo(writer.counts());
        assertThat(count("select count(*) from property_contacts where relationship = 'primary_owner'"))
                .isGreaterThanOrEqualTo(1_800);
        assertThat(count("select count(*) from contacts where source = 'demo' and phone like '+1%' and last_activity_at >= created_at"))
                .isGreaterThanOrEqualTo(3_000);
    }

    @Test
    void runningAgainWithTheSameSeedAddsNewRows() {
        DemoDataReport first = service().generate(new GenerateDemoDataCommand(2_000, 9));
        DemoDataReport second = service().generate(new GenerateDemoDataCommand(2_000, 9));

        assertThat(second.contactsAdded()).isEqualTo(2_000);
        assertThat(second.propertiesAdded()).isEqualTo(1_200);
        assertThat(second.linksAdded()).isEqualTo(first.linksAdded());
        assertThat(second.before()).isEqualTo(first.after());
    }

    @Test
    void nextSerialsStartAboveEveryIdHandedOut() {
        service().generate(new GenerateDemoDataCommand(10, 2));

        Serials serials = writer.nextSerials();

        assertThat(serials.contact()).isGreaterThan(count("select max(id) from contacts"));
        assertThat(serials.property()).isGreaterThan(count("select max(id) from properties"));
    }

    @Test
    void linksJoinTheRightRowsAndTextIsStoredAsGiven() {
        writer.writeBatch(List.of(contact("Ann \"Nan\" O'Hara", "+12125550100", "ann.links@example.com"),
                        contact("Bob, Jr.", "+12125550101", null)),
                List.of(property("APN-LINK-1")),
                List.of(new DemoLink(0, 0, Relationship.PRIMARY_OWNER), new DemoLink(1, 0, Relationship.TENANT)));

        List<String> rows = jdbi.withHandle(handle -> handle.createQuery("""
                        select c.first_name || '|' || coalesce(c.email, '-') || '|' || pc.relationship || '|' || p.street
                        from property_contacts pc join contacts c on c.id = pc.contact_id join properties p on p.id = pc.property_id
                        where p.apn = 'APN-LINK-1' order by c.phone
                        """).mapTo(String.class).list());
        assertThat(rows).containsExactly("Ann \"Nan\" O'Hara|ann.links@example.com|primary_owner|12 Elm Street",
                "Bob, Jr.|-|tenant|12 Elm Street");
    }

    @Test
    void rowsWhosePhoneOrApnIsTakenAreSkippedWithoutLinks() {
        writer.writeBatch(List.of(contact("Cy", "+12125550199", null)), List.of(property("APN-TAKEN")),
                List.of(new DemoLink(0, 0, Relationship.PRIMARY_OWNER)));
        Counts before = writer.counts();

        writer.writeBatch(List.of(contact("Cy again", "+12125550199", null)), List.of(property("APN-TAKEN")),
                List.of(new DemoLink(0, 0, Relationship.PRIMARY_OWNER)));

        assertThat(writer.counts()).isEqualTo(before);
    }

    private static DemoDataService service() {
        return new DemoDataService(writer, Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static DemoContact contact(String first, String phone, String email) {
        return new DemoContact(first, "Tester", phone, email, "Referral", LocalDate.of(2025, 3, 1), null, null, T0);
    }

    private static DemoProperty property(String apn) {
        return new DemoProperty("12 Elm Street", "Salem", "MA", "01970", "Condo", apn, 1920, 900, 2,
                new BigDecimal("1.5"), 400_000, 200_000, 50, true, false, false, T0);
    }

    private static long count(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
