package com.attackacrack.crm.adapters.out.openphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.conversation.ArtifactLine;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.CallArtifactKind;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderContact;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.webhook.ProviderEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.CallArtifactEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.CallEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.ContactEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.IgnoredEvent;
import com.attackacrack.crm.domain.webhook.ProviderEvent.MessageEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OpenPhoneEventParserTest {

    private static final List<String> FIXTURES = List.of("message.received", "message.delivered", "call.ringing",
            "call.completed", "call.recording.completed", "call.summary.completed", "call.transcript.completed",
            "contact.updated");
    private static final String CALL_ID = "ACa9f7e97965d6cf799a529102a973b8b9";
    private static final Instant RECEIVED_AT = Instant.parse("2026-03-03T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenPhoneEventParser parser = new OpenPhoneEventParser();

    @Test
    void theMessageReceivedFixtureIsAnInboundReceivedMessage() {
        ProviderMessage message = message(parse("message.received"));

        assertThat(message.providerId()).isEqualTo("ACae7be26cdaa742ca148068d5ac90eaca");
        assertThat(message.direction()).isEqualTo(MessageDirection.INBOUND);
        assertThat(message.from()).isEqualTo("+16175550123");
        assertThat(message.to()).containsExactly("+16175550100");
        assertThat(message.text()).isEqualTo("Hi, saw your flyer. Can you look at a crack in my basement wall?");
        assertThat(message.media()).isEmpty();
        assertThat(message.status()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(message.errorCode()).isNull();
        assertThat(message.errorMessage()).isNull();
        assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-03-02T14:03:10.870Z"));
        assertThat(message.counterpart()).isEqualTo("+16175550123");
    }

    @Test
    void theMessageDeliveredFixtureIsAnOutboundDeliveredMessage() {
        ProviderMessage message = message(parse("message.delivered"));

        assertThat(message.providerId()).isEqualTo("ACaaf2f89992379705dac844c0a2a1d45f");
        assertThat(message.direction()).isEqualTo(MessageDirection.OUTBOUND);
        assertThat(message.from()).isEqualTo("+16175550100");
        assertThat(message.to()).containsExactly("+16175550123");
        assertThat(message.text()).isEqualTo("Thanks Dana! We can come by Thursday at 10am. Does that work?");
        assertThat(message.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-03-02T14:10:00.000Z"));
        assertThat(message.counterpart()).isEqualTo("+16175550123");
    }

    @Test
    void theCallRingingFixtureIsARingingIncomingCall() {
        ProviderCall call = call(parse("call.ringing"));

        assertThat(call.providerId()).isEqualTo(CALL_ID);
        assertThat(call.direction()).isEqualTo(MessageDirection.INBOUND);
        assertThat(call.status()).isEqualTo(CallStatus.RINGING);
        assertThat(call.participants()).containsExactly("+16175550123", "+16175550100");
        assertThat(call.createdAt()).isEqualTo(Instant.parse("2026-03-02T15:00:00.000Z"));
        assertThat(call.answeredAt()).isNull();
        assertThat(call.answeredBy()).isNull();
        assertThat(call.completedAt()).isNull();
        assertThat(call.durationSeconds()).isNull();
        assertThat(call.forwardedFrom()).isNull();
        assertThat(call.forwardedTo()).isNull();
    }

    @Test
    void theCallCompletedFixtureCarriesAnswerEndAndDuration() {
        ProviderCall call = call(parse("call.completed"));

        assertThat(call.providerId()).isEqualTo(CALL_ID);
        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.participants()).containsExactly("+16175550123", "+16175550100");
        assertThat(call.answeredAt()).isEqualTo(Instant.parse("2026-03-02T15:00:05.000Z"));
        assertThat(call.answeredBy()).isEqualTo("USagent0001");
        assertThat(call.completedAt()).isEqualTo(Instant.parse("2026-03-02T15:04:31.000Z"));
        assertThat(call.durationSeconds()).isEqualTo(266);
        assertThat(call.forwardedFrom()).isNull();
        assertThat(call.forwardedTo()).isNull();
    }

    @Test
    void theRecordingFixtureIsARecordingOfTheCall() {
        CallArtifact artifact = artifact(parse("call.recording.completed"));

        assertThat(artifact).isEqualTo(new CallArtifact(CALL_ID, CallArtifactKind.RECORDING,
                "https://storage.example.invalid/recordings/r1.mp3", "audio/mpeg", 266, List.of(),
                Instant.parse("2026-03-02T15:05:09.000Z")));
    }

    @Test
    void theSummaryFixtureBecomesSummaryAndNextStepLinesDatedByTheEvent() {
        CallArtifact artifact = artifact(parse("call.summary.completed"));

        assertThat(artifact.callProviderId()).isEqualTo(CALL_ID);
        assertThat(artifact.kind()).isEqualTo(CallArtifactKind.SUMMARY);
        assertThat(artifact.url()).isNull();
        assertThat(artifact.lines()).containsExactly(
                new ArtifactLine("Summary", null,
                        "Caller has a horizontal crack in a poured basement wall, about 6 feet long."),
                new ArtifactLine("Summary", null, "Water seeps in after heavy rain."),
                new ArtifactLine("Next step", null, "Schedule an on-site inspection Thursday 10am."));
        assertThat(artifact.createdAt()).as("no createdAt in the resource: the event's").isEqualTo(
                Instant.parse("2026-03-02T15:06:00.000Z"));
    }

    @Test
    void theTranscriptFixtureBecomesOneLinePerTurnLabelledBySpeaker() {
        CallArtifact artifact = artifact(parse("call.transcript.completed"));

        assertThat(artifact.callProviderId()).isEqualTo(CALL_ID);
        assertThat(artifact.kind()).isEqualTo(CallArtifactKind.TRANSCRIPT);
        assertThat(artifact.durationSeconds()).isEqualTo(266);
        assertThat(artifact.lines()).containsExactly(
                new ArtifactLine("+16175550100", 0.5, "Attack-a-Crack, this is Sam."),
                new ArtifactLine("+16175550123", 4.6, "Hi, I have a crack in my basement wall that leaks."));
        assertThat(artifact.createdAt()).isEqualTo(Instant.parse("2026-03-02T15:06:29.000Z"));
    }

    @Test
    void theContactUpdatedFixtureCarriesNamesPhonesAndEmails() {
        ContactEvent event = (ContactEvent) parse("contact.updated");

        assertThat(event.deleted()).isFalse();
        assertThat(event.contact()).isEqualTo(new ProviderContact("CT0000000000000000000001", "Dana", "Whitfield",
                List.of("+16175550123"), List.of("dana.w@example.com"), Instant.parse("2026-03-02T16:00:00.000Z")));
    }

    @Test
    void everyFixtureReadsTheSameFromTheNewerEnvelope() {
        for (String fixture : FIXTURES) {
            ProviderEvent legacy = parse(fixture);

            ProviderEvent newer = parser.parse(event(fixture, newEnvelope(fixture(fixture))));

            assertThat(newer).as(fixture).isEqualTo(legacy);
        }
    }

    @Test
    void oldSummaryAndTranscriptTypeNamesReadLikeTheCurrentOnes() {
        ProviderEvent summary = parse("call.summary.completed");
        ProviderEvent transcript = parse("call.transcript.completed");

        for (String type : List.of("callSummary.completed", "callSummary", "call.summary")) {
            assertThat(parser.parse(withType("call.summary.completed", type))).as(type).isEqualTo(summary);
        }
        for (String type : List.of("callTranscript.completed", "callTranscript", "call.transcript")) {
            assertThat(parser.parse(withType("call.transcript.completed", type))).as(type).isEqualTo(transcript);
        }
    }

    @Test
    void aRecipientGivenAsAPlainStringIsAOneElementList() {
        String body = edit("message.delivered", resource -> resource.put("to", "+16175550123"));

        assertThat(message(parser.parse(event("message.delivered", body))).to()).containsExactly("+16175550123");
    }

    @Test
    void aBodyFieldAndMediaAsStringsOrObjectsAreRead() {
        String body = edit("message.received", resource -> {
            resource.remove("text");
            resource.put("body", "see photo");
            resource.putArray("media").add("https://media.example.invalid/a.jpg")
                    .add(JSON.createObjectNode().put("url", "https://media.example.invalid/b.png").put("type", "image/png"))
                    .add(JSON.createObjectNode().put("type", "image/gif"));
        });

        ProviderMessage message = message(parser.parse(event("message.received", body)));

        assertThat(message.text()).isEqualTo("see photo");
        assertThat(message.media()).containsExactly(new MediaItem("https://media.example.invalid/a.jpg", null),
                new MediaItem("https://media.example.invalid/b.png", "image/png"));
    }

    @Test
    void aFailedMessageCarriesItsErrorFromFlatFields() {
        String body = failed(resource -> resource.put("errorCode", 30007).put("errorMessage", "Carrier violation"));

        ProviderMessage message = message(parser.parse(event("message.failed", body)));

        assertThat(message.status()).as("no status in the payload: the type's").isEqualTo(MessageStatus.FAILED);
        assertThat(message.direction()).isEqualTo(MessageDirection.OUTBOUND);
        assertThat(message.errorCode()).isEqualTo("30007");
        assertThat(message.errorMessage()).isEqualTo("Carrier violation");
    }

    @Test
    void aFailedMessageCarriesItsErrorFromAnErrorObjectOrStatusReason() {
        String nested = failed(resource -> resource.putObject("error").put("code", "0206400").put("message", "Landline"));
        String reason = failed(resource -> resource.put("statusReason", "Number opted out"));

        ProviderMessage fromObject = message(parser.parse(event("message.failed", nested)));
        ProviderMessage fromReason = message(parser.parse(event("message.failed", reason)));

        assertThat(fromObject.errorCode()).isEqualTo("0206400");
        assertThat(fromObject.errorMessage()).isEqualTo("Landline");
        assertThat(fromReason.errorCode()).isNull();
        assertThat(fromReason.errorMessage()).isEqualTo("Number opted out");
    }

    @Test
    void aMessageWithoutStatusOrDirectionTakesThemFromItsType() {
        String body = edit("message.received", resource -> {
            resource.remove("status");
            resource.remove("direction");
        });

        ProviderMessage message = message(parser.parse(event("message.received", body)));

        assertThat(message.status()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(message.direction()).isEqualTo(MessageDirection.INBOUND);
    }

    @Test
    void aSentMessageIsSent() {
        String body = edit("message.delivered", resource -> resource.remove("status"));

        assertThat(message(parser.parse(withBody("message.sent", body))).status()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void aMissedCallIsMissedWhateverItsPayloadStatusSays() {
        String body = edit("call.ringing", resource -> resource.put("status", "ringing"));
        String noStatus = edit("call.ringing", resource -> resource.remove("status"));

        assertThat(call(parser.parse(withBody("call.missed", body))).status()).isEqualTo(CallStatus.MISSED);
        assertThat(call(parser.parse(withBody("call.missed", noStatus))).status()).isEqualTo(CallStatus.MISSED);
    }

    @Test
    void aCompletedCallThatNobodyAnsweredIsMissed() {
        String body = edit("call.completed", resource -> resource.put("status", "no-answer").putNull("answeredAt"));

        assertThat(call(parser.parse(event("call.completed", body))).status()).isEqualTo(CallStatus.MISSED);
    }

    @Test
    void aForwardedCallNamesWhereItWent() {
        String body = edit("call.ringing", resource -> resource.put("status", "ringing")
                .put("forwardedTo", "+16175550199"));

        ProviderCall call = call(parser.parse(withBody("call.forwarded", body)));

        assertThat(call.status()).isEqualTo(CallStatus.FORWARDED);
        assertThat(call.forwardedTo()).isEqualTo("+16175550199");
        assertThat(call.forwardedFrom()).isNull();
    }

    @Test
    void anAnsweredCallIsAnswered() {
        String body = edit("call.completed", resource -> resource.put("status", "in-progress").putNull("completedAt"));

        assertThat(call(parser.parse(withBody("call.answered", body))).status()).isEqualTo(CallStatus.ANSWERED);
    }

    @Test
    void aRecordingInTheNewerEnvelopeMayCarryItsMediaAsAList() {
        String body = newEnvelope(edit("call.recording.completed", resource -> {
            resource.remove("url");
            resource.remove("type");
            resource.remove("duration");
            resource.putArray("media").addObject().put("url", "https://storage.example.invalid/r2.mp3")
                    .put("type", "audio/mpeg").put("duration", 120);
        }));

        CallArtifact artifact = artifact(parser.parse(event("call.recording.completed", body)));

        assertThat(artifact.url()).isEqualTo("https://storage.example.invalid/r2.mp3");
        assertThat(artifact.contentType()).isEqualTo("audio/mpeg");
        assertThat(artifact.durationSeconds()).isEqualTo(120);
    }

    @Test
    void aVoicemailCarriesItsRecordingAndTranscriptAsOneLine() {
        String body = edit("call.recording.completed", resource -> resource.put("object", "callVoicemail")
                .put("duration", 31).put("transcript", "Hi, call me back about the crack."));

        CallArtifact artifact = artifact(parser.parse(withBody("call.voicemail.completed", body)));

        assertThat(artifact.kind()).isEqualTo(CallArtifactKind.VOICEMAIL);
        assertThat(artifact.callProviderId()).isEqualTo(CALL_ID);
        assertThat(artifact.url()).isEqualTo("https://storage.example.invalid/recordings/r1.mp3");
        assertThat(artifact.durationSeconds()).isEqualTo(31);
        assertThat(artifact.lines()).containsExactly(new ArtifactLine("Transcript", null,
                "Hi, call me back about the crack."));
    }

    @Test
    void aVoicemailInTheNewerEnvelopeReadsItsMediaList() {
        String body = newEnvelope(edit("call.recording.completed", resource -> {
            resource.remove("url");
            resource.remove("type");
            resource.remove("duration");
            resource.remove("createdAt");
            resource.putArray("media").addObject().put("url", "https://storage.example.invalid/vm.mp3")
                    .put("type", "audio/mpeg").put("duration", 12.4);
        }));

        CallArtifact artifact = artifact(parser.parse(withBody("call.voicemail.completed", body)));

        assertThat(artifact).isEqualTo(new CallArtifact(CALL_ID, CallArtifactKind.VOICEMAIL,
                "https://storage.example.invalid/vm.mp3", "audio/mpeg", 12, List.of(),
                Instant.parse("2026-03-02T15:05:10.000Z")));
    }

    @Test
    void aDeletedContactMayCarryOnlyItsIdAndDefaultFields() {
        String body = "{\"id\":\"EVdel\",\"object\":\"event\",\"type\":\"contact.deleted\",\"data\":{\"object\":{"
                + "\"id\":\"CT9\",\"defaultFields\":{\"phoneNumbers\":[{\"value\":\"+16175550155\"}]}}}}";

        ContactEvent event = (ContactEvent) parser.parse(new WebhookEvent("EVdel", "contact.deleted", body,
                SignatureScheme.STANDARD, RECEIVED_AT));

        assertThat(event.deleted()).isTrue();
        assertThat(event.contact()).isEqualTo(new ProviderContact("CT9", null, null, List.of("+16175550155"), List.of(),
                RECEIVED_AT));
    }

    @Test
    void anUnknownTypeIsIgnoredWithAReason() {
        ProviderEvent event = parser.parse(new WebhookEvent("EVx", "call.teleported", "{}", SignatureScheme.LEGACY,
                RECEIVED_AT));

        assertThat(event).isEqualTo(new IgnoredEvent("call.teleported", "not an event type the CRM acts on"));
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingEventTypeAndField() {
        String noDirection = edit("call.completed", resource -> resource.remove("direction"));
        String noId = edit("message.received", resource -> resource.remove("id"));
        String noCallId = newEnvelope(edit("call.summary.completed", resource -> resource.remove("callId")));
        String noFrom = edit("message.delivered", resource -> resource.putNull("from"));

        assertThatThrownBy(() -> parser.parse(event("call.completed", noDirection)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EVpub0000000004").hasMessageContaining("call.completed")
                .hasMessageContaining("data.object.direction");
        assertThatThrownBy(() -> parser.parse(event("message.received", noId)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data.object.id");
        assertThatThrownBy(() -> parser.parse(event("call.summary.completed", noCallId)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data.resource.callId");
        assertThatThrownBy(() -> parser.parse(event("message.delivered", noFrom)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data.object.from");
    }

    @Test
    void aKnownTypeWithoutAResourceOrJsonIsRefused() {
        assertThatThrownBy(() -> parser.parse(new WebhookEvent("EVy", "message.received", "{\"data\":{}}",
                SignatureScheme.LEGACY, RECEIVED_AT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EVy").hasMessageContaining("data.object");
        assertThatThrownBy(() -> parser.parse(new WebhookEvent("EVz", "message.received", "not json",
                SignatureScheme.LEGACY, RECEIVED_AT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EVz");
    }

    @Test
    void aBadTimeIsRefusedNamingTheField() {
        String body = edit("call.completed", resource -> resource.put("answeredAt", "yesterday"));

        assertThatThrownBy(() -> parser.parse(event("call.completed", body)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data.object.answeredAt");
    }

    @Test
    void withoutAnyCreatedAtTheTimeIsWhenTheDeliveryArrived() {
        ObjectNode root = tree(fixture("call.summary.completed"));
        root.remove("createdAt");

        CallArtifact artifact = artifact(parser.parse(event("call.summary.completed", root.toString())));

        assertThat(artifact.createdAt()).isEqualTo(RECEIVED_AT);
    }

    private ProviderEvent parse(String fixture) {
        return parser.parse(event(fixture, fixture(fixture)));
    }

    private static ProviderMessage message(ProviderEvent event) {
        assertThat(event).isInstanceOf(MessageEvent.class);
        return ((MessageEvent) event).message();
    }

    private static ProviderCall call(ProviderEvent event) {
        assertThat(event).isInstanceOf(CallEvent.class);
        return ((CallEvent) event).call();
    }

    private static CallArtifact artifact(ProviderEvent event) {
        assertThat(event).isInstanceOf(CallArtifactEvent.class);
        return ((CallArtifactEvent) event).artifact();
    }

    /** A stored event with the type named in the body. */
    private static WebhookEvent event(String fixture, String body) {
        JsonNode root = tree(body);
        String id = root.path("id").asText(fixture);
        return new WebhookEvent(id, root.path("type").asText(fixture), body, SignatureScheme.LEGACY, RECEIVED_AT);
    }

    /** The fixture's body under another type, both in the body and as the stored type. */
    private static WebhookEvent withType(String fixture, String type) {
        return withBody(type, fixture(fixture));
    }

    private static WebhookEvent withBody(String type, String body) {
        ObjectNode root = tree(body);
        root.put("type", type);
        return new WebhookEvent(root.path("id").asText(), type, root.toString(), SignatureScheme.LEGACY, RECEIVED_AT);
    }

    private static String failed(Consumer<ObjectNode> change) {
        ObjectNode root = tree(edit("message.delivered", resource -> {
            resource.remove("status");
            change.accept(resource);
        }));
        root.put("type", "message.failed");
        return root.toString();
    }

    /** The fixture with its resource changed. */
    private static String edit(String fixture, Consumer<ObjectNode> change) {
        ObjectNode root = tree(fixture(fixture));
        change.accept((ObjectNode) root.path("data").path("object"));
        return root.toString();
    }

    /** The body moved to the newer envelope: the resource under data.resource, with a context whose ids differ. */
    private static String newEnvelope(String body) {
        ObjectNode root = tree(body);
        ObjectNode data = (ObjectNode) root.path("data");
        JsonNode resource = data.remove("object");
        data.set("resource", resource);
        data.putObject("context").put("id", "CTXnotTheResource").put("callId", "ACcontextNotTheCall")
                .put("phoneNumberId", "PNlineMain01");
        return root.toString();
    }

    private static ObjectNode tree(String body) {
        try {
            return (ObjectNode) JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixture(String name) {
        try (InputStream in = OpenPhoneEventParserTest.class.getResourceAsStream("/openphone/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
