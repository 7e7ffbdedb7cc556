package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.AudienceRows.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.contact.ContactId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The semantics of every audience criterion ({@link AudienceConditions}), through the counter and the matching ids. */
class JdbiAudienceCounterTest {

    private static final Instant NOW = T0.plus(Duration.ofDays(100));

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final AudienceRows rows = new AudienceRows(jdbi);
    private final JdbiAudienceCounter counter = new JdbiAudienceCounter(jdbi, Clock.fixed(NOW, ZoneOffset.UTC));

    private long ann;
    private long bob;
    private long cat;

    @BeforeEach
    void givenThreeContacts() {
        rows.empty();
        ann = rows.contact("Ann", "ann@example.com", "Fair", true);
        bob = rows.contact("Bob", null, "fair", false);
        cat = rows.contact("Cat", "cat@example.com", null, false);
    }

    @Test
    void everyoneCountsEveryContact() {
        assertThat(counter.count(AudienceFilter.everyone())).isEqualTo(3);
    }

    @Test
    void leadSourceIgnoresCaseAndCustomerAndEmailAreFlags() {
        assertThat(matching(filter().leadSource("FAIR"))).containsExactlyInAnyOrder(ann, bob);
        assertThat(matching(filter().customer(true))).containsExactly(ann);
        assertThat(matching(filter().customer(false))).containsExactlyInAnyOrder(bob, cat);
        assertThat(matching(filter().hasEmail(true))).containsExactlyInAnyOrder(ann, cat);
        assertThat(matching(filter().hasEmail(false))).containsExactly(bob);
        assertThat(counter.count(filter().leadSource("fair").hasEmail(true).build())).isOne();
    }

    @Test
    void propertyCriteriaMustHoldTogetherOnOneLinkedProperty() {
        long bostonCondo = rows.property("Condo", "Boston", "02118", 30, false);
        long cambridgeHouse = rows.property("Single Family", "Cambridge", "02139", 70, true);
        rows.link(bostonCondo, ann);
        rows.link(cambridgeHouse, ann);
        rows.link(cambridgeHouse, bob);

        assertThat(matching(filter().propertyType("single family"))).containsExactlyInAnyOrder(ann, bob);
        assertThat(matching(filter().city("BOSTON"))).containsExactly(ann);
        assertThat(matching(filter().zip("02139"))).containsExactlyInAnyOrder(ann, bob);
        assertThat(matching(filter().equity(60, null))).containsExactlyInAnyOrder(ann, bob);
        assertThat(matching(filter().equity(null, 30))).containsExactly(ann);
        assertThat(matching(filter().equity(31, 69))).isEmpty();
        assertThat(matching(filter().ownerOccupied(false))).containsExactly(ann);
        assertThat(matching(filter().city("Boston").ownerOccupied(true)))
                .as("Ann's Boston property is not owner occupied; her owner-occupied one is in Cambridge").isEmpty();
        assertThat(matching(filter().city("Cambridge").propertyType("Single Family").equity(70, 70)
                .ownerOccupied(true))).containsExactlyInAnyOrder(ann, bob);
    }

    @Test
    void inListAndNotInListUseTheListsMembers() {
        JdbiCampaignListRepository lists = new JdbiCampaignListRepository(jdbi);
        CampaignList hot = lists.create("Hot", null, T0);
        CampaignList cold = lists.create("Cold", null, T0);
        lists.addMembers(hot.id(), List.of(new ContactId(ann), new ContactId(bob)), T0);
        lists.addMembers(cold.id(), List.of(new ContactId(bob)), T0);

        assertThat(matching(filter().inList(hot.id()))).containsExactlyInAnyOrder(ann, bob);
        assertThat(matching(filter().notInList(hot.id()))).containsExactly(cat);
        assertThat(matching(filter().inList(hot.id()).notInList(cold.id()))).containsExactly(ann);
    }

    @Test
    void notTextedInDaysLooksAtOutboundTextsOnlyAndNeverRepliedAtInboundOnes() {
        rows.text(ann, "outbound", NOW.minus(Duration.ofDays(5)));
        rows.text(bob, "outbound", NOW.minus(Duration.ofDays(40)));
        rows.text(bob, "inbound", NOW.minus(Duration.ofDays(39)));
        rows.text(cat, "inbound", NOW.minus(Duration.ofDays(1)));

        assertThat(matching(filter().notTextedInDays(30))).containsExactlyInAnyOrder(bob, cat);
        assertThat(matching(filter().notTextedInDays(60))).containsExactly(cat);
        assertThat(matching(filter().neverReplied())).containsExactly(ann);
    }

    private Set<Long> matching(Builder builder) {
        AudienceFilter filter = builder.build();
        SqlConditions where = AudienceConditions.where(filter, NOW);
        Set<Long> ids = jdbi.withHandle(handle -> where.bindTo(handle.createQuery("select c.id from contacts c <where>")
                .define("where", where.sql())).mapTo(Long.class).collect(Collectors.toSet()));
        assertThat(counter.count(filter)).as("the count agrees with the conditions").isEqualTo(ids.size());
        return ids;
    }

    private static Builder filter() {
        return new Builder();
    }

    /** Builds test filters one criterion at a time. */
    private static final class Builder {
        private String leadSource;
        private Boolean customer;
        private Boolean hasEmail;
        private String propertyType;
        private String city;
        private String zip;
        private Integer equityMin;
        private Integer equityMax;
        private Boolean ownerOccupied;
        private CampaignListId inList;
        private CampaignListId notInList;
        private Integer notTextedInDays;
        private boolean neverReplied;

        Builder leadSource(String value) {
            leadSource = value;
            return this;
        }

        Builder customer(boolean value) {
            customer = value;
            return this;
        }

        Builder hasEmail(boolean value) {
            hasEmail = value;
            return this;
        }

        Builder propertyType(String value) {
            propertyType = value;
            return this;
        }

        Builder city(String value) {
            city = value;
            return this;
        }

        Builder zip(String value) {
            zip = value;
            return this;
        }

        Builder equity(Integer min, Integer max) {
            equityMin = min;
            equityMax = max;
            return this;
        }

        Builder ownerOccupied(boolean value) {
            ownerOccupied = value;
            return this;
        }

        Builder inList(CampaignListId value) {
            inList = value;
            return this;
        }

        Builder notInList(CampaignListId value) {
            notInList = value;
            return this;
        }

        Builder notTextedInDays(int value) {
            notTextedInDays = value;
            return this;
        }

        Builder neverReplied() {
            neverReplied = true;
            return this;
        }

        AudienceFilter build() {
            return new AudienceFilter(leadSource, customer, hasEmail, propertyType, city, zip, equityMin, equityMax,
                    ownerOccupied, inList, notInList, notTextedInDays, neverReplied);
        }
    }
}
