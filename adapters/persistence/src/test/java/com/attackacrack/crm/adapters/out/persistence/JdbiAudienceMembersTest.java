package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.CampaignTables.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.AudienceMember;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAudienceMembersTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiSavedFilterRepository filters = new JdbiSavedFilterRepository(jdbi);
    private final JdbiAudienceMembers audiences = new JdbiAudienceMembers(jdbi, filters,
            Clock.fixed(T0, ZoneOffset.UTC));
    private final JdbiCampaignRepository campaigns = new JdbiCampaignRepository(jdbi);
    private CampaignListId list;

    @BeforeEach
    void givenAListOfThree() {
        CampaignTables.empty(jdbi);
        list = CampaignTables.listOf(jdbi, 3);
    }

    @Test
    void aListMemberCarriesEverythingScreeningNeeds() {
        jdbi.useHandle(handle -> {
            handle.execute("update contacts set opted_out_at = now(), opt_out_reason = 'asked' where id = 2");
            handle.execute("insert into suppressions (phone, keyword, suppressed_at) values ('+16170000003', 'STOP', now())");
            handle.execute("""
                    insert into properties (id, street, city, state, zip, source, created_at, updated_at)
                    overriding system value values
                        (1, '1 Tenant Rd', 'Quincy', 'MA', '02169', 'manual', now(), now()),
                        (2, '2 Owner St', 'Boston', 'MA', '02101', 'manual', now(), now()),
                        (3, '3 Other Owner St', 'Salem', 'MA', '01970', 'manual', now(), now())""");
            handle.execute("""
                    insert into property_contacts (property_id, contact_id, relationship, created_at)
                    values (1, 1, 'tenant', now()), (3, 1, 'primary_owner', now()), (2, 1, 'primary_owner', now())""");
        });
        CampaignId self = campaigns.create(CampaignTables.draft(new Audience.ListAudience(list), "Hi", null), null, T0)
                .id();

        List<AudienceMember> members = members(new Audience.ListAudience(list), self);

        assertThat(members).extracting(m -> m.contact().value()).containsExactly(1L, 2L, 3L);
        AudienceMember ann = members.get(0);
        assertThat(ann.phone()).isEqualTo(new PhoneNumber("+16170000001"));
        assertThat(ann.tokens()).isEqualTo(Map.of("first_name", "First1", "last_name", "Last1",
                "full_name", "First1 Last1", "property_address", "2 Owner St", "city", "Boston", "state", "MA",
                "zip", "02101"));
        assertThat(ann.optedOut()).isFalse();
        assertThat(ann.suppressed()).isFalse();
        assertThat(ann.lastOutboundAt()).isNull();
        assertThat(members.get(1).optedOut()).isTrue();
        assertThat(members.get(2).suppressed()).isTrue();
    }

    @Test
    void beingInAnotherLiveCampaignCountsButNotInThisOne() {
        Audience audience = new Audience.ListAudience(list);
        CampaignId other = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0).id();
        CampaignId self = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0).id();
        JdbiCampaignRecipients recipients = new JdbiCampaignRecipients(jdbi);
        recipients.insertSnapshot(other, List.of(NewRecipient.eligible(new ContactId(1),
                new PhoneNumber("+16170000001"), Variant.A, "Hi")), T0);
        recipients.insertSnapshot(self, List.of(NewRecipient.eligible(new ContactId(2),
                new PhoneNumber("+16170000002"), Variant.A, "Hi")), T0);
        campaigns.transition(self, Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0);

        assertThat(members(audience, self)).extracting(AudienceMember::inOtherRunningCampaign)
                .as("the other campaign is still a draft").containsExactly(false, false, false);
        campaigns.transition(other, Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0);
        assertThat(members(audience, self)).extracting(AudienceMember::inOtherRunningCampaign)
                .containsExactly(true, false, false);
    }

    @Test
    void theLastOutboundTextIsReported() {
        jdbi.useHandle(handle -> {
            long conversation = handle.createQuery("""
                    insert into conversations (contact_id, last_activity_at) values (1, :t) returning id""")
                    .bind("t", T0).mapTo(Long.class).one();
            handle.createUpdate("""
                    insert into messages (conversation_id, contact_id, direction, status, created_at, recorded_at,
                                          status_at)
                    values (:c, 1, 'outbound', 'sent', :early, :t, :t), (:c, 1, 'outbound', 'sent', :late, :t, :t),
                           (:c, 1, 'inbound', 'received', :t, :t, :t)""")
                    .bind("c", conversation).bind("early", T0.minusSeconds(7_200)).bind("late", T0.minusSeconds(3_600))
                    .bind("t", T0).execute();
        });

        List<AudienceMember> members = members(new Audience.ListAudience(list), new CampaignId(999));

        assertThat(members.get(0).lastOutboundAt()).isEqualTo(T0.minusSeconds(3_600));
    }

    @Test
    void aSavedFilterPicksItsContacts() {
        jdbi.useHandle(handle -> handle.execute("update contacts set lead_source = 'Mailer' where id in (1, 3)"));
        var filter = filters.create("Mailers", new AudienceFilter("mailer", null, null, null, null, null, null, null,
                null, null, null, null, false), T0);

        List<AudienceMember> members = members(new Audience.FilterAudience(filter.id()), new CampaignId(999));

        assertThat(members).extracting(m -> m.contact().value()).containsExactly(1L, 3L);
    }

    @Test
    void anUnknownSavedFilterIsNotFound() {
        assertThatThrownBy(() -> members(new Audience.FilterAudience(new SavedFilterId(77)), new CampaignId(1)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("No saved filter with id 77");
    }

    private List<AudienceMember> members(Audience audience, CampaignId self) {
        List<AudienceMember> members = new ArrayList<>();
        long count = audiences.forEach(audience, self, members::add);
        assertThat(count).isEqualTo(members.size());
        return members;
    }
}
