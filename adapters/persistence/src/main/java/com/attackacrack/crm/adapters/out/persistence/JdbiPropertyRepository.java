package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.adapters.out.persistence.PropertyDao.PropertyRow;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.DuplicatePropertyException;
import com.attackacrack.crm.domain.property.LinkedContact;
import com.attackacrack.crm.domain.property.LinkedProperty;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyFilter;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Stores properties and their links to contacts in PostgreSQL. The unique constraint on the APN decides duplicates
 * ({@code ON CONFLICT DO NOTHING} on create, a savepoint on update, so the caller's transaction stays usable). A list
 * page is two statements whatever its size (page with contact counts, then the filtered total); the linked contacts
 * or properties of one record are one statement, primary owner first, then secondary owner, tenant, other, then id.
 */
public final class JdbiPropertyRepository implements PropertyRepository {

    /** Rows fetched per round trip while exporting. */

    private static final String CONTACT_COUNT =
            "(select count(*) from property_contacts pc where pc.property_id = p.id) as contact_count";

    private static final String PAGE_SQL = """
            with page as (
                select p.id from properties p
                <where>
                order by <order>
                limit :limit offset :offset
            )
            select\s""" + PropertyRowMapper.COLUMNS + ",\n       " + CONTACT_COUNT + """

            from page join properties p on p.id = page.id
            order by <order>
            """;

    private static final String TOTAL_SQL = """
            select count(*) from properties p
            <where>
            """;

    private static final String EXPORT_SQL = "select " + PropertyRowMapper.COLUMNS + ",\n       " + CONTACT_COUNT
            + """

            from properties p
            <where>
            order by <order>
            """;

    private static final ListQueries<PropertySummary> LISTS =
            new ListQueries<>(PAGE_SQL, TOTAL_SQL, EXPORT_SQL, RecordCounts.PROPERTIES, new PropertySummaryRowMapper());

    private static final String RELATIONSHIP_RANK = """
            case pc.relationship when 'primary_owner' then 0 when 'secondary_owner' then 1 when 'tenant' then 2 \
            else 3 end""";

    private static final String PROPERTIES_OF_SQL = "select " + PropertyRowMapper.COLUMNS + """
            , pc.relationship
            from property_contacts pc join properties p on p.id = pc.property_id
            where pc.contact_id = :contactId
            order by """ + " " + RELATIONSHIP_RANK + ", p.id";

    private static final String CONTACTS_OF_SQL = "select " + ContactRowMapper.COLUMNS + """
            , pc.relationship
            from property_contacts pc join contacts c on c.id = pc.contact_id
            where pc.property_id = :propertyId
            order by """ + " " + RELATIONSHIP_RANK + ", c.id";

    private static final String SEARCH_EXPRESSION =
            "(p.street || ' ' || coalesce(p.city, '') || ' ' || coalesce(p.zip, '') || ' ' || coalesce(p.apn, ''))";

    private static final String UPDATE_SAVEPOINT = "property_update";
    private static final int CREATE_ATTEMPTS = 3;

    private final Jdbi jdbi;
    private final PropertyDao dao;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiPropertyRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.dao = jdbi.onDemand(PropertyDao.class);
    }

    @Override
    public Property create(PropertyDetails details, String source, Instant now) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(now, "now");
        for (int attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
            Optional<Property> created = dao.insert(row(details), source, now);
            if (created.isPresent()) {
                return created.get();
            }
            Optional<Long> holder = details.apn() == null ? Optional.empty() : dao.findIdByApn(details.apn());
            if (holder.isPresent()) {
                throw new DuplicatePropertyException(details.apn(), new PropertyId(holder.get()));
            }
            // The holder was deleted between the insert and the look-up: try again.
        }
        throw new IllegalStateException("property insert kept conflicting with a row that then disappeared");
    }

    @Override
    public Property update(PropertyId id, PropertyDetails details, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(now, "now");
        return jdbi.inTransaction(handle -> {
            handle.savepoint(UPDATE_SAVEPOINT);
            Optional<Property> updated;
            try {
                updated = handle.attach(PropertyDao.class).update(id.value(), row(details), now);
            } catch (UnableToExecuteStatementException e) {
                if (SqlConditions.violatedUniqueConstraint(e) == null || details.apn() == null) {
                    throw e;
                }
                handle.rollbackToSavepoint(UPDATE_SAVEPOINT);
                Long holder = handle.attach(PropertyDao.class).findIdByApn(details.apn()).orElseThrow(() -> e);
                throw new DuplicatePropertyException(details.apn(), new PropertyId(holder));
            }
            handle.release(UPDATE_SAVEPOINT);
            return updated.orElseThrow(() -> BusinessRuleException.notFound("No property with id " + id));
        });
    }

    @Override
    public boolean delete(PropertyId id) {
        return dao.delete(id.value()) > 0;
    }

    @Override
    public Optional<Property> findById(PropertyId id) {
        return dao.findById(id.value());
    }

    @Override
    public Page<PropertySummary> list(PropertyFilter filter, PropertySort sort, PageRequest page) {
        return LISTS.page(jdbi, where(filter), orderBy(sort), page);
    }

    @Override
    public long export(PropertyFilter filter, PropertySort sort, Consumer<PropertySummary> sink) {
        return LISTS.export(jdbi, where(filter), orderBy(sort), sink);
    }

    @Override
    public void link(PropertyId property, ContactId contact, Relationship relationship, Instant now) {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(now, "now");
        if (dao.link(property.value(), contact.value(), relationship.code(), now) == 0) {
            throw BusinessRuleException.notFound("No property " + property + " or no contact " + contact);
        }
    }

    @Override
    public boolean unlink(PropertyId property, ContactId contact) {
        return dao.unlink(property.value(), contact.value()) > 0;
    }

    @Override
    public List<LinkedProperty> propertiesOf(ContactId contact) {
        PropertyRowMapper properties = new PropertyRowMapper();
        return jdbi.withHandle(handle -> handle.createQuery(PROPERTIES_OF_SQL)
                .bind("contactId", contact.value())
                .map((rs, ctx) -> new LinkedProperty(properties.map(rs, ctx),
                        Relationship.fromCode(rs.getString("relationship"))))
                .list());
    }

    @Override
    public List<LinkedContact> contactsOf(PropertyId property) {
        ContactRowMapper contacts = new ContactRowMapper();
        return jdbi.withHandle(handle -> handle.createQuery(CONTACTS_OF_SQL)
                .bind("propertyId", property.value())
                .map((rs, ctx) -> new LinkedContact(contacts.map(rs, ctx),
                        Relationship.fromCode(rs.getString("relationship"))))
                .list());
    }

    /** The WHERE clause for the filter; every fragment is a constant here, every value a bind parameter. */
    static SqlConditions where(PropertyFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter == null) {
            return where;
        }
        if (filter.text() != null) {
            where.add(SEARCH_EXPRESSION + " ilike :textPattern", "textPattern",
                    SqlConditions.containsPattern(filter.text()));
        }
        if (filter.propertyType() != null) {
            where.add("lower(p.property_type) = lower(:propertyType)", "propertyType", filter.propertyType());
        }
        if (filter.city() != null) {
            where.add("lower(p.city) = lower(:city)", "city", filter.city());
        }
        if (filter.zip() != null) {
            where.add("p.zip = :zip", "zip", filter.zip());
        }
        if (filter.equityPercentMin() != null) {
            where.add("p.equity_percent >= :equityMin", "equityMin", filter.equityPercentMin());
        }
        if (filter.equityPercentMax() != null) {
            where.add("p.equity_percent <= :equityMax", "equityMax", filter.equityPercentMax());
        }
        if (filter.ownerOccupied() != null) {
            where.add("p.owner_occupied = :ownerOccupied", "ownerOccupied", filter.ownerOccupied());
        }
        return where;
    }

    /** The ORDER BY for a sort: a fixed mapping from the enum, each ending with the id so the order is total. */
    static String orderBy(PropertySort sort) {
        return switch (sort == null ? PropertySort.CREATED_DESC : sort) {
            case ADDRESS_ASC -> "lower(p.street), p.id";
            case CITY_ASC -> "lower(p.city), lower(p.street), p.id";
            case VALUE_DESC -> "p.estimated_value desc nulls last, p.id desc";
            case EQUITY_DESC -> "p.equity_percent desc nulls last, p.id desc";
            case CREATED_DESC -> "p.created_at desc, p.id desc";
        };
    }

    private static PropertyRow row(PropertyDetails details) {
        Address address = details.address();
        Address mailing = details.mailingAddress();
        return new PropertyRow(address.street(), address.city(), address.state(), address.zip(),
                details.propertyType(), details.apn(), details.yearBuilt(), details.squareFeet(), details.beds(),
                details.baths(), details.estimatedValue(), details.estimatedEquity(), details.equityPercent(),
                details.ownerOccupied(), details.listedForSale(), details.foreclosure(),
                mailing == null ? null : mailing.street(), mailing == null ? null : mailing.city(),
                mailing == null ? null : mailing.state(), mailing == null ? null : mailing.zip());
    }
}
