package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.KnownConversation;
import com.attackacrack.crm.application.port.out.KnownConversations;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The conversations (V10) whose contact has a phone number, newest activity first, read with the inbox's
 * {@code conversations_activity_idx} order.
 */
public final class JdbiKnownConversations implements KnownConversations {

    private final Jdbi jdbi;

    /** Known conversations on the process's one Jdbi. */
    public JdbiKnownConversations(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public List<KnownConversation> all(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select c.id, c.phone
                        from conversations v
                        join contacts c on c.id = v.contact_id
                        where c.phone is not null
                        order by v.last_activity_at desc, v.id desc
                        limit :limit
                        """)
                .bind("limit", limit)
                .map((rs, ctx) -> new KnownConversation(new ContactId(rs.getLong("id")), new PhoneNumber(rs.getString("phone"))))
                .list());
    }
}
