package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.OutboundMessage;
import com.attackacrack.crm.application.port.out.RecordOutcome;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.ArtifactLine;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.CallArtifactKind;
import com.attackacrack.crm.domain.conversation.CallStatus;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiConversationRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");
    private static final String ANN_PHONE = "+16175550123";
    private static final String BUSINESS = "+16175550000";

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiConversationRepository conversations = new JdbiConversationRepository(jdbi);
    private final JdbiContactRepository contacts = new JdbiContactRepository(jdbi);

    private ContactId ann;

    @BeforeEach
    void givenAnnWithNoConversation() {
        JdbiContactRepositoryTest.emptyContactTables(jdbi);
        jdbi.useHandle(handle -> handle.execute("truncate call_artifacts, users restart identity cascade"));
        ann = contact("Ann", "Archer", ANN_PHONE, null);
    }

    // ---- texts ----

    @Test
    void anInboundTextIsRecordedOnceAndCountsAsUnreadOnce() {
        RecordOutcome first = conversations.recordMessage(ann, inbound("AC1", "Is Friday ok?", T0), T0);
        RecordOutcome again = conversations.recordMessage(ann, inbound("AC1", "Is Friday ok?", T0), T0.plusSeconds(5));

        assertThat(first).isEqualTo(RecordOutcome.CREATED);
        assertThat(again).isEqualTo(RecordOutcome.UNCHANGED);
        ConversationSummary row = onlyInboxRow();
        assertThat(row.contactId()).isEqualTo(ann);
        assertThat(row.displayName()).isEqualTo("Ann Archer");
        assertThat(row.phone()).isEqualTo(ANN_PHONE);
        assertThat(row.preview()).isEqualTo("Is Friday ok?");
        assertThat(row.lastDirection()).isEqualTo(MessageDirection.INBOUND);
        assertThat(row.lastActivityAt()).isEqualTo(T0);
        assertThat(row.unread()).isEqualTo(1);
        assertThat(count("messages")).isEqualTo(1);
        assertThat(contacts.findById(ann).orElseThrow().lastActivityAt()).isEqualTo(T0);
    }

    @Test
    void anOlderTextKeepsTheNewerPreviewAndActivity() {
        conversations.recordMessage(ann, inbound("AC2", "newer", T0.plusSeconds(60)), T0);

        conversations.recordMessage(ann, inbound("AC1", "older", T0), T0);

        ConversationSummary row = onlyInboxRow();
        assertThat(row.preview()).isEqualTo("newer");
        assertThat(row.lastActivityAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(row.unread()).isEqualTo(2);
        assertThat(contacts.findById(ann).orElseThrow().lastActivityAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aTextWithOnlyAPhotoPreviewsAsPhotoAndMarksMedia() {
        conversations.recordMessage(ann, new ProviderMessage("AC1", MessageDirection.INBOUND, ANN_PHONE,
                List.of(BUSINESS), "", List.of(new MediaItem("https://media.example/1.jpg", "image/jpeg")),
                MessageStatus.RECEIVED, null, null, T0), T0);

        ConversationSummary row = onlyInboxRow();
        assertThat(row.preview()).isEqualTo("Photo");
        assertThat(row.hasMedia()).isTrue();
        TimelineEntry.Message text = (TimelineEntry.Message) conversations.timeline(ann, 10).get(0);
        assertThat(text.media()).containsExactly(new MediaItem("https://media.example/1.jpg", "image/jpeg"));
    }

    @Test
    void outboundStatusesMoveForwardOnlyAndTheCarrierErrorIsKept() {
        conversations.recordMessage(ann, outbound("AC1", "Hello", MessageStatus.SENT, T0), T0);

        RecordOutcome delivered = conversations.recordMessage(ann, outbound("AC1", "Hello", MessageStatus.DELIVERED, T0),
                T0);
        RecordOutcome lateSent = conversations.recordMessage(ann, outbound("AC1", "Hello", MessageStatus.SENT, T0), T0);
        RecordOutcome lateQueued = conversations.recordMessage(ann, outbound("AC1", "Hello", MessageStatus.QUEUED, T0),
                T0);
        RecordOutcome otherFinal = conversations.recordMessage(ann, failed("AC1", "Hello", T0), T0);

        assertThat(delivered).isEqualTo(RecordOutcome.UPDATED);
        assertThat(lateSent).isEqualTo(RecordOutcome.UNCHANGED);
        assertThat(lateQueued).isEqualTo(RecordOutcome.UNCHANGED);
        assertThat(otherFinal).isEqualTo(RecordOutcome.UNCHANGED);
        TimelineEntry.Message text = onlyMessage();
        assertThat(text.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(text.errorCode()).isNull();
        assertThat(onlyInboxRow().unread()).isZero();

        conversations.recordMessage(ann, outbound("AC2", "Again", MessageStatus.SENT, T0.plusSeconds(1)), T0);
        assertThat(conversations.recordMessage(ann, failed("AC2", "Again", T0.plusSeconds(1)), T0))
                .isEqualTo(RecordOutcome.UPDATED);
        TimelineEntry.Message second = (TimelineEntry.Message) conversations.timeline(ann, 10).get(1);
        assertThat(second.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(second.errorCode()).isEqualTo("30007");
        assertThat(second.errorMessage()).isEqualTo("Carrier filtered");
    }

    @Test
    void anOutboundReportClaimsTheQueuedTextInsteadOfMakingASecondCopy() {
        long user = givenUser("Sam", "Seller", "sam@example.com");
        MessageId queued = conversations.queueOutbound(ann, "On my way", new UserId(user), T0);

        RecordOutcome outcome = conversations.recordMessage(ann,
                outbound("AC9", "On my way", MessageStatus.DELIVERED, T0.plusSeconds(2)), T0.plusSeconds(3));

        assertThat(outcome).isEqualTo(RecordOutcome.UPDATED);
        assertThat(count("messages")).isEqualTo(1);
        TimelineEntry.Message text = onlyMessage();
        assertThat(text.id()).isEqualTo(queued);
        assertThat(text.providerId()).isEqualTo("AC9");
        assertThat(text.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(text.sentBy()).isEqualTo("Sam Seller");
        assertThat(text.at()).isEqualTo(T0);

        boolean accepted = conversations.markAccepted(queued, "AC9", MessageStatus.SENT, T0.plusSeconds(4));

        assertThat(accepted).isTrue();
        assertThat(conversations.findOutbound(queued)).contains(new OutboundMessage(queued, ann,
                new PhoneNumber(ANN_PHONE), "On my way", MessageStatus.DELIVERED, "AC9"));
    }

    @Test
    void aReportWithAnotherBodyIsNotClaimedAndIsFoldedIntoTheQueuedTextWhenTheSendIsAccepted() {
        MessageId queued = conversations.queueOutbound(ann, "On my way!", null, T0);
        conversations.recordMessage(ann, failed("AC9", "On my way", T0.plusSeconds(1)), T0.plusSeconds(1));
        assertThat(count("messages")).isEqualTo(2);

        boolean accepted = conversations.markAccepted(queued, "AC9", MessageStatus.SENT, T0.plusSeconds(2));

        assertThat(accepted).isTrue();
        TimelineEntry.Message text = onlyMessage();
        assertThat(text.id()).isEqualTo(queued);
        assertThat(text.providerId()).isEqualTo("AC9");
        assertThat(text.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(text.errorCode()).isEqualTo("30007");
    }

    @Test
    void aQueuedTextIsAcceptedOrFailedOnce() {
        MessageId first = conversations.queueOutbound(ann, "One", null, T0);
        MessageId second = conversations.queueOutbound(ann, "Two", null, T0.plusSeconds(1));

        assertThat(conversations.markAccepted(first, "AC1", MessageStatus.SENT, T0)).isTrue();
        assertThat(conversations.markFailed(first, "500", "too late", T0)).isFalse();
        assertThat(conversations.markAccepted(first, "AC2", MessageStatus.SENT, T0)).isFalse();
        assertThat(conversations.markFailed(second, null, "OpenPhone refused the text", T0)).isTrue();
        assertThat(conversations.markAccepted(second, "AC3", MessageStatus.SENT, T0)).isFalse();

        assertThat(conversations.findOutbound(first).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
        assertThat(conversations.findOutbound(first).orElseThrow().providerId()).isEqualTo("AC1");
        OutboundMessage failed = conversations.findOutbound(second).orElseThrow();
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.providerId()).isNull();
        ConversationSummary row = onlyInboxRow();
        assertThat(row.preview()).isEqualTo("Two");
        assertThat(row.lastDirection()).isEqualTo(MessageDirection.OUTBOUND);
        assertThat(row.unread()).isZero();
    }

    @Test
    void anOutboundTextToAContactWithoutAPhoneIsNotFoundForSending() {
        ContactId noPhone = contact("Nora", null, null, "nora@example.com");
        MessageId queued = conversations.queueOutbound(noPhone, "Hi", null, T0);

        assertThat(conversations.findOutbound(queued)).isEmpty();
        assertThat(conversations.findOutbound(new MessageId(queued.value() + 100))).isEmpty();
    }

    @Test
    void recordingForAnUnknownContactFails() {
        ContactId missing = new ContactId(ann.value() + 1000);

        assertThatThrownBy(() -> conversations.recordMessage(missing, inbound("AC1", "hi", T0), T0))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void twoConcurrentReportsOfOneTextStoreItOnce() throws Exception {
        List<TwoAtOnce.Outcome<RecordOutcome>> outcomes = TwoAtOnce.run(
                () -> conversations.recordMessage(ann, inbound("AC1", "Hi", T0), T0));

        assertThat(outcomes).extracting(TwoAtOnce.Outcome::failure).containsOnlyNulls();
        assertThat(outcomes).extracting(TwoAtOnce.Outcome::result)
                .containsExactlyInAnyOrder(RecordOutcome.CREATED, RecordOutcome.UNCHANGED);
        assertThat(count("messages")).isEqualTo(1);
        assertThat(count("conversations")).isEqualTo(1);
        assertThat(onlyInboxRow().unread()).isEqualTo(1);
    }

    @Test
    void twoConcurrentFirstTextsOfTwoContactsBothStart() throws Exception {
        ContactId bob = contact("Bob", "Baker", "+16175550124", null);
        AtomicInteger turn = new AtomicInteger();

        List<TwoAtOnce.Outcome<RecordOutcome>> outcomes = TwoAtOnce.run(() -> turn.getAndIncrement() == 0
                ? conversations.recordMessage(ann, inbound("AC1", "Hi", T0), T0)
                : conversations.recordMessage(bob, inbound("AC2", "Hey", T0), T0));

        assertThat(outcomes).extracting(TwoAtOnce.Outcome::result).containsOnly(RecordOutcome.CREATED);
        assertThat(count("conversations")).isEqualTo(2);
    }

    // ---- calls and attachments ----

    @Test
    void aCallMovesForwardOnlyAndFillsWhatWasMissing() {
        RecordOutcome ringing = conversations.recordCall(ann, call("CA1", MessageDirection.INBOUND, CallStatus.RINGING,
                null, null, null), T0);
        RecordOutcome completed = conversations.recordCall(ann, call("CA1", MessageDirection.INBOUND,
                CallStatus.COMPLETED, null, T0.plusSeconds(95), 90), T0);
        RecordOutcome lateAnswered = conversations.recordCall(ann, call("CA1", MessageDirection.INBOUND,
                CallStatus.ANSWERED, T0.plusSeconds(5), null, null), T0);
        RecordOutcome repeat = conversations.recordCall(ann, call("CA1", MessageDirection.INBOUND, CallStatus.ANSWERED,
                T0.plusSeconds(5), null, null), T0);

        assertThat(ringing).isEqualTo(RecordOutcome.CREATED);
        assertThat(completed).isEqualTo(RecordOutcome.UPDATED);
        assertThat(lateAnswered).isEqualTo(RecordOutcome.UPDATED);
        assertThat(repeat).isEqualTo(RecordOutcome.UNCHANGED);
        TimelineEntry.Call call = (TimelineEntry.Call) conversations.timeline(ann, 10).get(0);
        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.answeredAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(call.answeredBy()).isEqualTo("US1");
        assertThat(call.durationSeconds()).isEqualTo(90);
        assertThat(call.at()).isEqualTo(T0);
        ConversationSummary row = onlyInboxRow();
        assertThat(row.hasCalls()).isTrue();
        assertThat(row.preview()).isEqualTo("Call: completed");
        assertThat(row.unread()).isZero();
    }

    @Test
    void onlyAMissedInboundCallCountsAsUnread() {
        conversations.recordCall(ann, call("CA1", MessageDirection.INBOUND, CallStatus.RINGING, null, null, null), T0);
        conversations.recordCall(ann, call("CA1", MessageDirection.INBOUND, CallStatus.MISSED, null, null, null), T0);
        conversations.recordCall(ann, call("CA1", MessageDirection.INBOUND, CallStatus.MISSED, null, null, null), T0);
        conversations.recordCall(ann, call("CA2", MessageDirection.OUTBOUND, CallStatus.MISSED, null, null, null),
                T0.minusSeconds(60));

        ConversationSummary row = onlyInboxRow();
        assertThat(row.unread()).isEqualTo(1);
        assertThat(row.preview()).isEqualTo("Call: missed");
    }

    @Test
    void attachmentsThatArriveBeforeTheCallShowOnItInTheTimeline() {
        CallArtifact summary = new CallArtifact("CA1", CallArtifactKind.SUMMARY, null, null, null,
                List.of(new ArtifactLine("Summary", null, "Wants a quote"), new ArtifactLine("Next step", 12.5,
                        "Send it")), T0.plusSeconds(200));
        CallArtifact recording = new CallArtifact("CA1", CallArtifactKind.RECORDING, "https://rec.example/1.mp3",
                "audio/mpeg", 90, List.of(), T0.plusSeconds(150));

        assertThat(conversations.recordArtifact(summary, T0)).isEqualTo(RecordOutcome.CREATED);
        assertThat(conversations.recordArtifact(recording, T0)).isEqualTo(RecordOutcome.CREATED);
        assertThat(conversations.recordArtifact(summary, T0.plusSeconds(1))).isEqualTo(RecordOutcome.UNCHANGED);
        conversations.recordCall(ann, call("CA1", MessageDirection.INBOUND, CallStatus.COMPLETED, T0.plusSeconds(3),
                T0.plusSeconds(93), 90), T0);

        TimelineEntry.Call call = (TimelineEntry.Call) conversations.timeline(ann, 10).get(0);
        assertThat(call.artifacts()).containsExactly(recording, summary);

        CallArtifact later = new CallArtifact("CA1", CallArtifactKind.SUMMARY, null, null, null,
                List.of(new ArtifactLine("Summary", null, "Wants a quote for the roof")), T0.plusSeconds(300));
        assertThat(conversations.recordArtifact(later, T0)).isEqualTo(RecordOutcome.UPDATED);
        TimelineEntry.Call updated = (TimelineEntry.Call) conversations.timeline(ann, 10).get(0);
        assertThat(updated.artifacts()).containsExactly(recording, later);
    }

    // ---- timeline ----

    @Test
    void theTimelineIsTheNewestEntriesOldestFirst() {
        conversations.recordMessage(ann, inbound("AC1", "first", T0), T0);
        conversations.recordCall(ann, new ProviderCall("CA1", MessageDirection.OUTBOUND, CallStatus.COMPLETED,
                List.of(ANN_PHONE, BUSINESS), T0.plusSeconds(10), null, null, null, 30, null, null), T0);
        conversations.recordMessage(ann, inbound("AC2", "third", T0.plusSeconds(20)), T0);
        conversations.recordMessage(ann, outbound("AC3", "fourth", MessageStatus.SENT, T0.plusSeconds(30)), T0);

        List<TimelineEntry> all = conversations.timeline(ann, 10);
        List<TimelineEntry> newest = conversations.timeline(ann, 3);

        assertThat(all).extracting(TimelineEntry::at).containsExactly(T0, T0.plusSeconds(10), T0.plusSeconds(20),
                T0.plusSeconds(30));
        assertThat(newest).extracting(TimelineEntry::at).containsExactly(T0.plusSeconds(10), T0.plusSeconds(20),
                T0.plusSeconds(30));
        assertThat(newest.get(0)).isInstanceOf(TimelineEntry.Call.class);
        assertThat(conversations.timeline(contact("Nobody", null, null, null), 10)).isEmpty();
    }

    // ---- inbox ----

    @Test
    void theInboxSearchesNamesPhoneDigitsAndMessageTextAndFilters() {
        ContactId bob = contact("Bob", "Baker", "+16175550124", null);
        ContactId noName = contact(null, null, "+16175550199", null);
        conversations.recordMessage(ann, inbound("AC1", "Is the roof quote ready?", T0), T0);
        conversations.recordMessage(bob, outbound("AC2", "See you Friday", MessageStatus.SENT, T0.plusSeconds(10)), T0);
        conversations.recordMessage(noName, new ProviderMessage("AC3", MessageDirection.INBOUND, "+16175550199",
                List.of(BUSINESS), "here", List.of(new MediaItem("https://m.example/2.pdf", "application/pdf")),
                MessageStatus.RECEIVED, null, null, T0.plusSeconds(20)), T0);
        conversations.recordCall(bob, call("CA1", MessageDirection.OUTBOUND, CallStatus.COMPLETED, null, null, 10),
                T0.plusSeconds(5));

        assertThat(names(InboxFilter.all())).containsExactly("(617) 555-0199", "Bob Baker", "Ann Archer");
        assertThat(names(search("bak"))).containsExactly("Bob Baker");
        assertThat(names(search("ROOF"))).containsExactly("Ann Archer");
        assertThat(names(search("(617) 555-0199"))).containsExactly("(617) 555-0199");
        assertThat(names(search("555012"))).containsExactly("Bob Baker", "Ann Archer");
        assertThat(names(search("100%"))).isEmpty();
        assertThat(names(new InboxFilter(null, true, false, false))).containsExactly("(617) 555-0199", "Ann Archer");
        assertThat(names(new InboxFilter(null, false, true, false))).containsExactly("Bob Baker");
        assertThat(names(new InboxFilter(null, false, false, true))).containsExactly("(617) 555-0199");
        assertThat(names(new InboxFilter("ann", true, false, false))).containsExactly("Ann Archer");
    }

    @Test
    void theInboxPagesWithTheTotalAndFollowsRenames() {
        for (int i = 0; i < 5; i++) {
            ContactId someone = contact("Person" + i, null, "+1617555020" + i, null);
            conversations.recordMessage(someone, inbound("AC" + i, "hi", T0.plusSeconds(i)), T0);
        }

        Page<ConversationSummary> second = conversations.inbox(InboxFilter.all(), new PageRequest(2, 2));
        Page<ConversationSummary> searched = conversations.inbox(search("person"), new PageRequest(3, 2));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.rows()).extracting(ConversationSummary::displayName).containsExactly("Person2", "Person1");
        assertThat(searched.total()).isEqualTo(5);
        assertThat(searched.rows()).extracting(ConversationSummary::displayName).containsExactly("Person0");
        ContactId person0 = searched.rows().get(0).contactId();
        contacts.update(person0, new ContactDetails("Zed", "Zimmer", new PhoneNumber("+16175550200"), null, null, null,
                null), T0);
        assertThat(names(search("zimm"))).containsExactly("Zed Zimmer");
    }

    @Test
    void markReadClearsTheUnreadCount() {
        conversations.recordMessage(ann, inbound("AC1", "one", T0), T0);
        conversations.recordMessage(ann, inbound("AC2", "two", T0.plusSeconds(1)), T0);

        conversations.markRead(ann, T0.plusSeconds(60));

        assertThat(onlyInboxRow().unread()).isZero();
        assertThat(conversations.inbox(new InboxFilter(null, true, false, false), PageRequest.first()).total()).isZero();
    }

    @Test
    void recordingTextsLeavesTheContactCountsAndSearchAlone() {
        String before = countsAndSearch();

        conversations.recordMessage(ann, inbound("AC1", "hello", T0.plusSeconds(3600)), T0);

        assertThat(countsAndSearch()).isEqualTo(before);
        assertThat(contacts.findById(ann).orElseThrow().lastActivityAt()).isEqualTo(T0.plusSeconds(3600));
    }

    // ---- helpers ----

    private String countsAndSearch() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                select (select string_agg(lead_source || has_email || has_property || opted_out || customer || n, ','
                                          order by lead_source) from contact_counts where n <> 0)
                       || '|' || (select string_agg(doc, ',' order by contact_id) from contact_search)
                """).mapTo(String.class).one());
    }

    private List<String> names(InboxFilter filter) {
        return conversations.inbox(filter, PageRequest.first()).rows().stream().map(ConversationSummary::displayName)
                .toList();
    }

    private static InboxFilter search(String text) {
        return new InboxFilter(text, false, false, false);
    }

    private ConversationSummary onlyInboxRow() {
        Page<ConversationSummary> page = conversations.inbox(InboxFilter.all(), PageRequest.first());
        assertThat(page.total()).isEqualTo(1);
        return page.rows().get(0);
    }

    private TimelineEntry.Message onlyMessage() {
        List<TimelineEntry> entries = conversations.timeline(ann, 10);
        assertThat(entries).hasSize(1);
        return (TimelineEntry.Message) entries.get(0);
    }

    private ContactId contact(String first, String last, String phone, String email) {
        return contacts.create(new ContactDetails(first, last, phone == null ? null : new PhoneNumber(phone),
                email == null ? null : new EmailAddress(email), null, null, null), "manual", T0.minusSeconds(86_400))
                .id();
    }

    private long givenUser(String first, String last, String email) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into users (email, first_name, last_name, password_hash, role, created_at, updated_at)
                values (:email, :first, :last, 'hash', 'marketer', :t, :t)
                returning id
                """).bind("email", email).bind("first", first).bind("last", last).bind("t", T0)
                .mapTo(Long.class).one());
    }

    private static ProviderMessage inbound(String id, String text, Instant at) {
        return new ProviderMessage(id, MessageDirection.INBOUND, ANN_PHONE, List.of(BUSINESS), text, List.of(),
                MessageStatus.RECEIVED, null, null, at);
    }

    private static ProviderMessage outbound(String id, String text, MessageStatus status, Instant at) {
        return new ProviderMessage(id, MessageDirection.OUTBOUND, BUSINESS, List.of(ANN_PHONE), text, List.of(), status,
                null, null, at);
    }

    private static ProviderMessage failed(String id, String text, Instant at) {
        return new ProviderMessage(id, MessageDirection.OUTBOUND, BUSINESS, List.of(ANN_PHONE), text, List.of(),
                MessageStatus.FAILED, "30007", "Carrier filtered", at);
    }

    private static ProviderCall call(String id, MessageDirection direction, CallStatus status, Instant answeredAt,
                                     Instant completedAt, Integer duration) {
        return new ProviderCall(id, direction, status, List.of(ANN_PHONE, BUSINESS), T0, answeredAt,
                answeredAt == null ? null : "US1", completedAt, duration, null, null);
    }

    private int count(String table) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }
}
