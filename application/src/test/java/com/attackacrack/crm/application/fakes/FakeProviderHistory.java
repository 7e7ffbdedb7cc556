package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ProviderHistory;
import com.attackacrack.crm.application.port.out.ProviderHistoryException;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fake of {@link ProviderHistory}: texts and calls given per participant, answered when created after the time
 * asked; {@link #failFor} makes the questions about one number throw. Records every question.
 */
public final class FakeProviderHistory implements ProviderHistory {

    /** One question asked: which list, about whom, since when. */
    public record Question(String what, PhoneNumber participant, Instant since) {
    }

    private final Map<PhoneNumber, List<ProviderMessage>> messages = new HashMap<>();
    private final Map<PhoneNumber, List<ProviderCall>> calls = new HashMap<>();
    private final Map<PhoneNumber, ProviderHistoryException> failures = new HashMap<>();
    private final List<Question> questions = new ArrayList<>();

    /** The provider has this text with {@code participant}. */
    public synchronized FakeProviderHistory message(PhoneNumber participant, ProviderMessage message) {
        messages.computeIfAbsent(participant, p -> new ArrayList<>()).add(message);
        return this;
    }

    /** The provider has this call with {@code participant}. */
    public synchronized FakeProviderHistory call(PhoneNumber participant, ProviderCall call) {
        calls.computeIfAbsent(participant, p -> new ArrayList<>()).add(call);
        return this;
    }

    /** Questions about {@code participant} throw {@code failure}. */
    public synchronized FakeProviderHistory failFor(PhoneNumber participant, ProviderHistoryException failure) {
        failures.put(participant, failure);
        return this;
    }

    /** Every question asked so far, in order. */
    public synchronized List<Question> questions() {
        return List.copyOf(questions);
    }

    @Override
    public synchronized List<ProviderMessage> messages(PhoneNumber participant, Instant since) {
        questions.add(new Question("messages", participant, since));
        throwIfFailing(participant);
        return messages.getOrDefault(participant, List.of()).stream().filter(m -> m.createdAt().isAfter(since)).toList();
    }

    @Override
    public synchronized List<ProviderCall> calls(PhoneNumber participant, Instant since) {
        questions.add(new Question("calls", participant, since));
        throwIfFailing(participant);
        return calls.getOrDefault(participant, List.of()).stream().filter(c -> c.createdAt().isAfter(since)).toList();
    }

    private void throwIfFailing(PhoneNumber participant) {
        ProviderHistoryException failure = failures.get(participant);
        if (failure != null) {
            throw failure;
        }
    }
}
