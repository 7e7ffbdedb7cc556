package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.OutboundMessage;
import com.attackacrack.crm.application.port.out.RecordOutcome;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.conversation.MediaItem;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Test fake of {@link ConversationRepository}: messages with ids from 1 (an outbound one's recipient is its contact's
 * phone now, null when the contact has none), deduplicated by provider id (an outbound
 * report first claims a queued message of the same contact and body), calls by provider id, artifacts by call and
 * kind; statuses only move forward. Contact names and phones come from the given {@link ContactRepository}. Inbound
 * texts and inbound calls count as unread. {@link #failRecording} makes the record methods throw, to test retries.
 */
public final class InMemoryConversationRepository implements ConversationRepository {

    /** A text as stored. */
    public record StoredMessage(MessageId id, ContactId contact, String providerId, MessageDirection direction,
                                String body, List<MediaItem> media, MessageStatus status, String errorCode,
                                String errorMessage, Instant at, UserId sentBy, boolean unread) {

        StoredMessage with(String newProviderId, MessageStatus newStatus, String newCode, String newMessage) {
            return new StoredMessage(id, contact, newProviderId, direction, body, media, newStatus, newCode, newMessage,
                    at, sentBy, unread);
        }
    }

    /** A call as stored. */
    public record StoredCall(ContactId contact, ProviderCall call, boolean unread) {
    }

    private final ContactRepository contacts;
    private final Map<MessageId, StoredMessage> messages = new LinkedHashMap<>();
    private final Map<String, StoredCall> calls = new LinkedHashMap<>();
    private final Map<String, CallArtifact> artifacts = new LinkedHashMap<>();
    private RuntimeException failure;
    private long lastId;

    public InMemoryConversationRepository(ContactRepository contacts) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /** Makes recordMessage, recordCall and recordArtifact throw this until called again with null. */
    public synchronized void failRecording(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public synchronized RecordOutcome recordMessage(ContactId contact, ProviderMessage m, Instant now) {
        throwIfFailing();
        Optional<StoredMessage> known = messages.values().stream()
                .filter(s -> m.providerId().equals(s.providerId())).findFirst();
        if (known.isEmpty() && m.direction() == MessageDirection.OUTBOUND) {
            known = messages.values().stream().filter(s -> s.contact().equals(contact) && s.providerId() == null
                    && s.status() == MessageStatus.QUEUED && s.body().equals(m.text())).findFirst();
        }
        if (known.isPresent()) {
            StoredMessage s = known.get();
            MessageStatus status = s.status().canAdvanceTo(m.status()) ? m.status() : s.status();
            StoredMessage updated = s.with(m.providerId(), status, first(s.errorCode(), m.errorCode()),
                    first(s.errorMessage(), m.errorMessage()));
            if (updated.equals(s)) {
                return RecordOutcome.UNCHANGED;
            }
            messages.put(s.id(), updated);
            return RecordOutcome.UPDATED;
        }
        MessageId id = new MessageId(++lastId);
        messages.put(id, new StoredMessage(id, contact, m.providerId(), m.direction(), m.text(), m.media(), m.status(),
                m.errorCode(), m.errorMessage(), m.createdAt(), null, m.direction() == MessageDirection.INBOUND));
        return RecordOutcome.CREATED;
    }

    @Override
    public synchronized RecordOutcome recordCall(ContactId contact, ProviderCall c, Instant now) {
        throwIfFailing();
        StoredCall known = calls.get(c.providerId());
        if (known == null) {
            calls.put(c.providerId(), new StoredCall(contact, c, c.direction() == MessageDirection.INBOUND));
            return RecordOutcome.CREATED;
        }
        ProviderCall k = known.call();
        ProviderCall merged = new ProviderCall(k.providerId(), k.direction(),
                k.status().canAdvanceTo(c.status()) ? c.status() : k.status(), k.participants(), k.createdAt(),
                first(k.answeredAt(), c.answeredAt()), first(k.answeredBy(), c.answeredBy()),
                first(k.completedAt(), c.completedAt()), first(k.durationSeconds(), c.durationSeconds()),
                first(k.forwardedFrom(), c.forwardedFrom()), first(k.forwardedTo(), c.forwardedTo()));
        if (merged.equals(k)) {
            return RecordOutcome.UNCHANGED;
        }
        calls.put(c.providerId(), new StoredCall(known.contact(), merged, known.unread()));
        return RecordOutcome.UPDATED;
    }

    @Override
    public synchronized RecordOutcome recordArtifact(CallArtifact artifact, Instant now) {
        throwIfFailing();
        return artifacts.putIfAbsent(artifact.callProviderId() + "/" + artifact.kind(), artifact) == null
                ? RecordOutcome.CREATED : RecordOutcome.UNCHANGED;
    }

    @Override
    public synchronized MessageId queueOutbound(ContactId contact, String body, UserId sentBy, Instant now) {
        MessageId id = new MessageId(++lastId);
        messages.put(id, new StoredMessage(id, contact, null, MessageDirection.OUTBOUND, body, List.of(),
                MessageStatus.QUEUED, null, null, now, sentBy, false));
        return id;
    }

    @Override
    public synchronized Optional<OutboundMessage> findOutbound(MessageId id) {
        StoredMessage s = messages.get(id);
        if (s == null || s.direction() != MessageDirection.OUTBOUND) {
            return Optional.empty();
        }
        PhoneNumber to = contacts.findById(s.contact()).map(c -> c.details().phone()).orElse(null);
        return Optional.of(new OutboundMessage(id, s.contact(), to, s.body(), s.status(), s.providerId()));
    }

    @Override
    public synchronized boolean markAccepted(MessageId id, String providerId, MessageStatus status, Instant now) {
        StoredMessage s = messages.get(id);
        if (s == null || s.status() != MessageStatus.QUEUED) {
            return false;
        }
        messages.put(id, s.with(providerId, status, null, null));
        return true;
    }

    @Override
    public synchronized boolean markFailed(MessageId id, String errorCode, String errorMessage, Instant now) {
        StoredMessage s = messages.get(id);
        if (s == null || s.status() != MessageStatus.QUEUED) {
            return false;
        }
        messages.put(id, s.with(s.providerId(), MessageStatus.FAILED, errorCode, errorMessage));
        return true;
    }

    @Override
    public synchronized Page<ConversationSummary> inbox(InboxFilter filter, PageRequest page) {
        List<ConversationSummary> matching = new ArrayList<>();
        for (ContactId contact : contactsWithActivity()) {
            ConversationSummary summary = summary(contact);
            if (matches(filter, summary, contact)) {
                matching.add(summary);
            }
        }
        matching.sort(Comparator.comparing(ConversationSummary::lastActivityAt).reversed()
                .thenComparing(s -> -s.contactId().value()));
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public synchronized List<TimelineEntry> timeline(ContactId contact, int limit) {
        List<TimelineEntry> entries = new ArrayList<>();
        messages.values().stream().filter(s -> s.contact().equals(contact)).forEach(s -> entries.add(
                new TimelineEntry.Message(s.id(), s.providerId(), s.direction(), s.body(), s.media(), s.status(),
                        s.errorCode(), s.errorMessage(), s.at(), s.sentBy() == null ? null : s.sentBy().toString())));
        calls.values().stream().filter(c -> c.contact().equals(contact)).map(StoredCall::call).forEach(c -> entries.add(
                new TimelineEntry.Call(c.providerId(), c.direction(), c.status(), c.createdAt(), c.answeredAt(),
                        c.answeredBy(), c.durationSeconds(), c.forwardedTo(), artifactsOf(c.providerId()))));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return List.copyOf(entries.subList(Math.max(0, entries.size() - limit), entries.size()));
    }

    @Override
    public synchronized void markRead(ContactId contact, Instant now) {
        messages.replaceAll((id, s) -> s.contact().equals(contact) && s.unread()
                ? new StoredMessage(s.id(), s.contact(), s.providerId(), s.direction(), s.body(), s.media(), s.status(),
                        s.errorCode(), s.errorMessage(), s.at(), s.sentBy(), false) : s);
        calls.replaceAll((id, c) -> c.contact().equals(contact) ? new StoredCall(c.contact(), c.call(), false) : c);
    }

    /** Every stored text, in id order. */
    public synchronized List<StoredMessage> messages() {
        return List.copyOf(messages.values());
    }

    /** The stored text with this id. */
    public synchronized Optional<StoredMessage> message(MessageId id) {
        return Optional.ofNullable(messages.get(id));
    }

    /** Every stored call, in the order first reported. */
    public synchronized List<StoredCall> calls() {
        return List.copyOf(calls.values());
    }

    /** Every stored call artifact, in the order first reported. */
    public synchronized List<CallArtifact> artifacts() {
        return List.copyOf(artifacts.values());
    }

    /** How many inbound texts and calls of the contact are unread. */
    public synchronized int unread(ContactId contact) {
        return (int) (messages.values().stream().filter(s -> s.contact().equals(contact) && s.unread()).count()
                + calls.values().stream().filter(c -> c.contact().equals(contact) && c.unread()).count());
    }

    private void throwIfFailing() {
        if (failure != null) {
            throw failure;
        }
    }

    private List<CallArtifact> artifactsOf(String callProviderId) {
        return artifacts.values().stream().filter(a -> a.callProviderId().equals(callProviderId)).toList();
    }

    private List<ContactId> contactsWithActivity() {
        List<ContactId> ids = new ArrayList<>();
        messages.values().forEach(s -> addOnce(ids, s.contact()));
        calls.values().forEach(c -> addOnce(ids, c.contact()));
        return ids;
    }

    private static void addOnce(List<ContactId> ids, ContactId id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    private ConversationSummary summary(ContactId contact) {
        Optional<Contact> found = contacts.findById(contact);
        String name = found.map(Contact::displayName).orElse("Contact " + contact);
        String phone = found.map(c -> c.details().phone()).map(p -> p.e164()).orElse(null);
        Optional<StoredMessage> lastMessage = messages.values().stream().filter(s -> s.contact().equals(contact))
                .max(Comparator.comparing(StoredMessage::at));
        Optional<ProviderCall> lastCall = calls.values().stream().filter(c -> c.contact().equals(contact))
                .map(StoredCall::call).max(Comparator.comparing(ProviderCall::createdAt));
        boolean callIsLast = lastCall.isPresent()
                && (lastMessage.isEmpty() || lastCall.get().createdAt().isAfter(lastMessage.get().at()));
        Instant at = callIsLast ? lastCall.get().createdAt() : lastMessage.get().at();
        String preview = callIsLast ? "Call" : lastMessage.get().body();
        MessageDirection direction = callIsLast ? lastCall.get().direction() : lastMessage.get().direction();
        boolean hasMedia = messages.values().stream().anyMatch(s -> s.contact().equals(contact) && !s.media().isEmpty());
        return new ConversationSummary(contact, name, phone, at, preview, direction, unread(contact), lastCall.isPresent(),
                hasMedia);
    }

    private boolean matches(InboxFilter filter, ConversationSummary summary, ContactId contact) {
        if (filter.unreadOnly() && summary.unread() == 0 || filter.hasCalls() && !summary.hasCalls()
                || filter.hasMedia() && !summary.hasMedia()) {
            return false;
        }
        if (filter.search() == null) {
            return true;
        }
        String needle = filter.search().toLowerCase(Locale.ROOT);
        return summary.displayName().toLowerCase(Locale.ROOT).contains(needle)
                || summary.phone() != null && summary.phone().contains(needle)
                || messages.values().stream().anyMatch(s -> s.contact().equals(contact)
                        && s.body().toLowerCase(Locale.ROOT).contains(needle));
    }

    private static <T> T first(T known, T reported) {
        return known != null ? known : reported;
    }
}
