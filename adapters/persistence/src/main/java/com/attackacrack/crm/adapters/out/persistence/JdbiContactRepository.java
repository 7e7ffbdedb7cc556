package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Stores contacts in PostgreSQL. The unique constraints on phone and email decide duplicates; {@code create} uses
 * {@code ON CONFLICT DO NOTHING} and {@code update} a savepoint, so the caller's transaction stays usable after a
 * duplicate. A list page is two statements whatever its size: the page (ids picked from the sort index, then joined
 * for the columns) and the filtered total, read from the kept counts of {@link ContactFilterCounts} when the
 * filter allows; a name or email search alone, by creation, is one statement ({@link ContactSearchPages}).
 * Created-from/to dates are UTC days, both inclusive; lead source matches ignoring case; name sorts put contacts
 * without a name last in both directions.
 */
public final class JdbiContactRepository implements ContactRepository {

    /** Rows fetched per round trip while exporting. */

    private static final String PROPERTY_COUNT = "c.property_count";

    private static final String PAGE_SQL = """
            with page as (
                select c.id from contacts c
                <where>
                order by <order>
                limit :limit offset :offset
            )
            select\s""" + ContactRowMapper.COLUMNS + ",\n       " + PROPERTY_COUNT + """

            from page join contacts c on c.id = page.id
            order by <order>
            """;

    private static final String TOTAL_SQL = """
            select count(*) from contacts c
            <where>
            """;

    private static final String EXPORT_SQL = "select " + ContactRowMapper.COLUMNS + ",\n       " + PROPERTY_COUNT
            + """

            from contacts c
            <where>
            order by <order>
            """;

    private static final ListQueries<ContactSummary> LISTS =
            new ListQueries<>(PAGE_SQL, TOTAL_SQL, EXPORT_SQL, RecordCounts.CONTACTS, new ContactSummaryRowMapper());

    /** Contacts whose name or email contains the text (contact_search, V8, holds that text per contact). */
    private static final String SEARCH_CONDITION =
            "c.id in (select s.contact_id from contact_search s where s.doc ilike :textPattern)";

    private static final String UPDATE_SAVEPOINT = "contact_update";
    private static final int CREATE_ATTEMPTS = 3;

    private final Jdbi jdbi;
    private final ContactDao dao;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiContactRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.dao = jdbi.onDemand(ContactDao.class);
    }

    @Override
    public Contact create(ContactDetails details, String source, Instant now) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(now, "now");
        for (int attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
            Optional<Contact> created = dao.insert(details.firstName(), details.lastName(), phone(details),
                    email(details), details.leadSource(), details.customerSince(), details.notes(), source, now);
            if (created.isPresent()) {
                return created.get();
            }
            Optional<DuplicateContactException> duplicate = duplicateOf(details, null);
            if (duplicate.isPresent()) {
                throw duplicate.get();
            }
            // The holder was deleted between the insert and the look-up: try again.
        }
        throw new IllegalStateException("contact insert kept conflicting with a row that then disappeared");
    }

    @Override
    public Contact update(ContactId id, ContactDetails details, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(now, "now");
        return jdbi.inTransaction(handle -> {
            handle.savepoint(UPDATE_SAVEPOINT);
            Optional<Contact> updated;
            try {
                updated = handle.attach(ContactDao.class).update(id.value(), details.firstName(), details.lastName(),
                        phone(details), email(details), details.leadSource(), details.customerSince(),
                        details.notes(), now);
            } catch (UnableToExecuteStatementException e) {
                String constraint = SqlConditions.violatedUniqueConstraint(e);
                if (constraint == null) {
                    throw e;
                }
                handle.rollbackToSavepoint(UPDATE_SAVEPOINT);
                throw duplicateOf(details, id).orElseThrow(() -> e);
            }
            handle.release(UPDATE_SAVEPOINT);
            return updated.orElseThrow(() -> BusinessRuleException.notFound("No contact with id " + id));
        });
    }

    @Override
    public boolean delete(ContactId id) {
        return dao.delete(id.value()) > 0;
    }

    @Override
    public Optional<Contact> findById(ContactId id) {
        return dao.findById(id.value());
    }

    @Override
    public Optional<Contact> findByPhone(PhoneNumber phone) {
        Objects.requireNonNull(phone, "phone");
        return dao.findByPhone(phone.e164());
    }

    @Override
    public Page<ContactSummary> list(ContactFilter filter, ContactSort sort, PageRequest page) {
        if (ContactSearchPages.covers(filter, sort)) {
            return ContactSearchPages.page(jdbi, filter, sort, page);
        }
        SqlConditions where = where(filter);
        return ContactFilterCounts.covers(filter)
                ? LISTS.page(jdbi, where, orderBy(sort), page, handle -> ContactFilterCounts.count(handle, filter))
                : LISTS.page(jdbi, where, orderBy(sort), page);
    }

    @Override
    public long export(ContactFilter filter, ContactSort sort, Consumer<ContactSummary> sink) {
        return LISTS.export(jdbi, where(filter), orderBy(sort), sink);
    }

    /** The WHERE clause for the filter; every fragment is a constant here, every value a bind parameter. */
    static SqlConditions where(ContactFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter == null) {
            return where;
        }
        if (filter.text() != null) {
            where.add(SEARCH_CONDITION, "textPattern",
                    SqlConditions.containsPattern(filter.text()));
        }
        if (filter.phone() != null) {
            where.add("c.phone = :phone", "phone", filter.phone().e164());
        }
        where.flag(filter.hasEmail(), "c.email is not null", "c.email is null");
        where.flag(filter.hasProperty(), "c.property_count > 0", "c.property_count = 0");
        where.flag(filter.optedOut(), "c.opted_out_at is not null", "c.opted_out_at is null");
        if (filter.leadSource() != null) {
            where.add("lower(c.lead_source) = lower(:leadSource)", "leadSource", filter.leadSource());
        }
        where.flag(filter.customer(), "c.customer_since is not null", "c.customer_since is null");
        if (filter.createdFrom() != null) {
            where.add("c.created_at >= :createdFrom", "createdFrom",
                    filter.createdFrom().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.createdTo() != null) {
            where.add("c.created_at < :createdBefore", "createdBefore",
                    filter.createdTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return where;
    }

    /** The ORDER BY for a sort: a fixed mapping from the enum, each ending with the id so the order is total. */
    static String orderBy(ContactSort sort) {
        return switch (sort == null ? ContactSort.CREATED_DESC : sort) {
            case NAME_ASC -> "lower(c.last_name), lower(c.first_name), c.id";
            case NAME_DESC -> "lower(c.last_name) desc nulls last, lower(c.first_name) desc nulls last, c.id desc";
            case CREATED_DESC -> "c.created_at desc, c.id desc";
            case CREATED_ASC -> "c.created_at, c.id";
            case LAST_ACTIVITY_DESC -> "c.last_activity_at desc, c.id desc";
        };
    }

    /** Which other contact holds the phone (checked first) or the email of these details, if any. */
    private Optional<DuplicateContactException> duplicateOf(ContactDetails details, ContactId self) {
        if (details.phone() != null) {
            Optional<Long> holder = dao.findIdByPhone(details.phone().e164());
            if (holder.isPresent() && (self == null || holder.get() != self.value())) {
                return Optional.of(new DuplicateContactException(DuplicateContactException.Field.PHONE,
                        details.phone().display(), new ContactId(holder.get())));
            }
        }
        if (details.email() != null) {
            Optional<Long> holder = dao.findIdByEmail(details.email().value());
            if (holder.isPresent() && (self == null || holder.get() != self.value())) {
                return Optional.of(new DuplicateContactException(DuplicateContactException.Field.EMAIL,
                        details.email().value(), new ContactId(holder.get())));
            }
        }
        return Optional.empty();
    }

    private static String phone(ContactDetails details) {
        return details.phone() == null ? null : details.phone().e164();
    }

    private static String email(ContactDetails details) {
        return details.email() == null ? null : details.email().value();
    }
}
