package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.CampaignTables.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiCampaignTrackingTest {

    private static final Duration WINDOW = Duration.ofHours(72);

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiCampaignTracking tracking = new JdbiCampaignTracking(jdbi);
    private final JdbiCampaignSending sending = new JdbiCampaignSending(jdbi);
    private final JdbiCampaignRepository campaigns = new JdbiCampaignRepository(jdbi);
    private final JdbiCampaignRecipients recipients = new JdbiCampaignRecipients(jdbi);

    @BeforeEach
    void givenEmptyTables() {
        CampaignTables.empty(jdbi);
        CampaignTables.listOf(jdbi, 1);
    }

    @Test
    void aDeliveryReportMovesTheSentRecipient() {
        long id = givenSent("PM1", T0);

        tracking.deliveryReport("PM1", MessageStatus.DELIVERED, null, null, T0.plusSeconds(5));
        tracking.deliveryReport("PM1", MessageStatus.FAILED, "30007", "filtered", T0.plusSeconds(9));

        assertThat(column(id, "status")).isEqualTo("delivered");
        assertThat(column(id, "delivered_at")).isNotNull();
        assertThat(column(id, "failure_code")).isNull();
    }

    @Test
    void anUndeliveredReportFailsTheSentRecipientWithTheCarriersError() {
        long id = givenSent("PM1", T0);

        tracking.deliveryReport("PM1", MessageStatus.UNDELIVERED, "30007", "Carrier filtered", T0.plusSeconds(5));
        tracking.deliveryReport("PM2", MessageStatus.DELIVERED, null, null, T0.plusSeconds(5));

        assertThat(column(id, "status")).isEqualTo("failed");
        assertThat(column(id, "failure_code")).isEqualTo("30007");
        assertThat(column(id, "failure_reason")).isEqualTo("Carrier filtered");
    }

    @Test
    void aReplyMarksTheContactsMostRecentSendWithinTheWindowOnce() {
        long older = givenSent("PM1", T0);
        long newer = givenSent("PM2", T0.plus(Duration.ofHours(1)));

        tracking.replied(new ContactId(1), T0.plus(Duration.ofHours(2)), WINDOW);
        tracking.replied(new ContactId(1), T0.plus(Duration.ofHours(3)), WINDOW);

        assertThat(column(older, "replied_at")).isNull();
        assertThat(column(newer, "replied_at")).isNotNull();
        Instant replied = jdbi.withHandle(h -> h.createQuery("select replied_at from campaign_recipients where id = :id")
                .bind("id", newer).mapTo(Instant.class).one());
        assertThat(replied).isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void aReplyAfterTheWindowIsNotAttributed() {
        long id = givenSent("PM1", T0);

        tracking.replied(new ContactId(1), T0.plus(WINDOW).plusSeconds(1), WINDOW);

        assertThat(column(id, "replied_at")).isNull();
    }

    @Test
    void anOptOutMarksTheMostRecentSend() {
        long id = givenSent("PM1", T0);

        tracking.optedOut(new ContactId(1), T0.plus(Duration.ofHours(1)), WINDOW);

        assertThat(column(id, "opted_out_at")).isNotNull();
        assertThat(column(id, "replied_at")).isNull();
    }

    /** A campaign of its own for contact 1, sent at {@code at} with this provider id; returns the recipient's id. */
    private long givenSent(String providerId, Instant at) {
        Audience audience = new Audience.ListAudience(new CampaignListId(1));
        CampaignId campaign = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0).id();
        campaigns.transition(campaign, Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0);
        recipients.insertSnapshot(campaign, List.of(NewRecipient.eligible(new ContactId(1),
                JdbiCampaignSendingTest.phone(1), Variant.A, "Hi 1")), T0);
        long id = jdbi.withHandle(h -> h.createQuery("select id from campaign_recipients where campaign_id = :c")
                .bind("c", campaign.value()).mapTo(Long.class).one());
        sending.claim(id, "w1", at, Duration.ofMinutes(5));
        sending.markSent(id, providerId, at);
        return id;
    }

    private Object column(long id, String column) {
        return jdbi.withHandle(h -> h.createQuery("select " + column + " from campaign_recipients where id = :id")
                .bind("id", id).mapToMap().one().get(column));
    }
}
