package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Test fake of {@link SuppressionRepository}: an audit list of changes, a number suppressed while its latest change
 * is an opt-out, each message's change applied once. Given an {@link InMemoryContactRepository}, an opt-out marks the
 * contact opted out ({@value #KEYWORD_REASON_PREFIX} + keyword) and an opt-in clears such a keyword opt-out.
 */
public final class InMemorySuppressionRepository implements SuppressionRepository {

    /** The start of the opt-out reason this fake gives a contact who texted a keyword. */
    public static final String KEYWORD_REASON_PREFIX = "Texted ";

    private final InMemoryContactRepository contacts;
    private final List<OptOutChange> changes = new ArrayList<>();
    private final Set<String> appliedMessages = new HashSet<>();

    /** A suppression list that does not touch contacts. */
    public InMemorySuppressionRepository() {
        this.contacts = null;
    }

    /** A suppression list that marks and clears the contacts' opt-outs as the real one does. */
    public InMemorySuppressionRepository(InMemoryContactRepository contacts) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public synchronized boolean apply(OptOutChange change, ContactId contactOrNull) {
        if (change.messageProviderId() != null
                && !appliedMessages.add(change.messageProviderId() + "/" + change.change())) {
            return false;
        }
        changes.add(change);
        if (contacts != null && contactOrNull != null) {
            if (change.change() == OptOutKeyword.OPT_OUT) {
                contacts.optOut(contactOrNull, new OptOut(KEYWORD_REASON_PREFIX + change.keyword(), change.at()));
            } else {
                contacts.findById(contactOrNull).flatMap(c -> c.optedOut())
                        .filter(o -> o.reason().startsWith(KEYWORD_REASON_PREFIX))
                        .ifPresent(o -> contacts.optOut(contactOrNull, null));
            }
        }
        return true;
    }

    @Override
    public synchronized Optional<OptOutChange> suppression(PhoneNumber phone) {
        return latest(phone).filter(c -> c.change() == OptOutKeyword.OPT_OUT);
    }

    @Override
    public synchronized List<OptOutChange> history(PhoneNumber phone) {
        return changes.reversed().stream().filter(c -> c.phone().equals(phone)).toList();
    }

    @Override
    public synchronized long count() {
        return changes.stream().map(OptOutChange::phone).distinct().filter(p -> suppression(p).isPresent()).count();
    }

    /** Every change, oldest first. */
    public synchronized List<OptOutChange> changes() {
        return List.copyOf(changes);
    }

    private Optional<OptOutChange> latest(PhoneNumber phone) {
        return history(phone).stream().findFirst();
    }
}
