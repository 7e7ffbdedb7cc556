package com.attackacrack.crm.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryCampaignRepository;
import com.attackacrack.crm.application.fakes.InMemoryCampaignSending;
import com.attackacrack.crm.application.fakes.InMemoryCampaignSending.Row;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryConversationRepository;
import com.attackacrack.crm.application.fakes.InMemoryProviderContactLinks;
import com.attackacrack.crm.application.fakes.InMemorySuppressionRepository;
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.application.port.out.CampaignTracking;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Campaign tracking from provider reports; the rest of the applier is covered through its two callers' tests. */
class ProviderEventApplierTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
    private static final String PHONE = "+16175550123";
    private static final String BUSINESS = "+16175550000";

    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryConversationRepository conversations = new InMemoryConversationRepository(contacts);
    private final InMemorySuppressionRepository suppressions = new InMemorySuppressionRepository(contacts);
    private final InMemoryCampaignRepository campaigns = new InMemoryCampaignRepository();
    private final InMemoryCampaignSending sending = new InMemoryCampaignSending(campaigns);
    private final SimplePhoneNormaliser phones = new SimplePhoneNormaliser();
    private final ProviderEventApplier applier = new ProviderEventApplier(conversations, suppressions, phones,
            new CallerContacts(contacts), new ProviderContactSync(contacts, new InMemoryProviderContactLinks(), phones),
            Set.of(), sending, CampaignTracking.DEFAULT_ATTRIBUTION_WINDOW);
    private final Contact jane = contacts.create(new ContactDetails("Jane", null, new PhoneNumber(PHONE), null, null,
            null, null), "manual", T0);
    private final Row sent = givenSent("PM1");

    @Test
    void aDeliveryReportMovesTheSentRecipientToDelivered() {
        applier.message(outbound("PM1", MessageStatus.DELIVERED), T0.plusSeconds(30));

        assertThat(sent.status).isEqualTo(RecipientStatus.DELIVERED);
        assertThat(sent.deliveredAt).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void anUndeliveredReportMovesTheSentRecipientToFailedWithTheCarriersError() {
        applier.message(new ProviderMessage("PM1", MessageDirection.OUTBOUND, BUSINESS, List.of(PHONE), sent.body,
                List.of(), MessageStatus.UNDELIVERED, "30007", "Carrier filtered", T0), T0.plusSeconds(30));

        assertThat(sent.status).isEqualTo(RecipientStatus.FAILED);
        assertThat(sent.failureCode).isEqualTo("30007");
    }

    @Test
    void anInboundTextWithinTheWindowIsAReplyToTheCampaign() {
        applier.message(inbound("AC1", "Yes please", T0.plus(Duration.ofHours(5))), T0.plus(Duration.ofHours(5)));
        applier.message(inbound("AC2", "Hello?", T0.plus(Duration.ofHours(6))), T0.plus(Duration.ofHours(6)));

        assertThat(sent.repliedAt).isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(sent.optedOutAt).isNull();
    }

    @Test
    void anInboundTextAfterTheWindowIsNotAttributed() {
        applier.message(inbound("AC1", "Yes please", T0.plus(Duration.ofHours(73))), T0.plus(Duration.ofHours(73)));

        assertThat(sent.repliedAt).isNull();
    }

    @Test
    void aStopIsAnOptOutOfTheCampaignAndNotAReply() {
        applier.message(inbound("AC1", "STOP", T0.plus(Duration.ofHours(1))), T0.plus(Duration.ofHours(1)));

        assertThat(sent.optedOutAt).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(sent.repliedAt).isNull();
        assertThat(suppressions.suppression(new PhoneNumber(PHONE))).isPresent();
    }

    private Row givenSent(String providerId) {
        Campaign campaign = campaigns.create(new CampaignDraft("Spring",
                new Audience.ListAudience(new CampaignListId(1)), MessageTemplate.parse("Hi"), null, 125,
                SendingWindow.standard(ZoneId.of("America/New_York")), false, null), null, T0);
        campaigns.transition(campaign.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0);
        long id = sending.addPending(campaign.id(), jane.id(), new PhoneNumber(PHONE), "Hi Jane");
        sending.claim(id, "w1", T0, Duration.ofMinutes(5));
        conversations.recordMessage(jane.id(), outbound(providerId, MessageStatus.SENT), T0);
        sending.markSent(id, providerId, T0);
        return sending.row(id);
    }

    private static ProviderMessage outbound(String providerId, MessageStatus status) {
        return new ProviderMessage(providerId, MessageDirection.OUTBOUND, BUSINESS, List.of(PHONE), "Hi Jane",
                List.of(), status, null, null, T0);
    }

    private static ProviderMessage inbound(String providerId, String text, Instant at) {
        return new ProviderMessage(providerId, MessageDirection.INBOUND, PHONE, List.of(BUSINESS), text, List.of(),
                MessageStatus.RECEIVED, null, null, at);
    }
}
