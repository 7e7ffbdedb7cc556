package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.contact.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The fixed SQL for the {@code contacts} table; lists and exports are built in {@link JdbiContactRepository}. */
@RegisterRowMapper(ContactRowMapper.class)
public interface ContactDao {

    /** Inserts the contact; empty when the phone or email is taken (the unique constraints decide). */
    @SqlQuery("""
            insert into contacts as c (first_name, last_name, phone, email, lead_source, customer_since, notes, source,
                                       created_at, updated_at, last_activity_at)
            values (:firstName, :lastName, :phone, :email, :leadSource, :customerSince, :notes, :source,
                    :now, :now, :now)
            on conflict do nothing
            returning\s""" + ContactRowMapper.COLUMNS)
    Optional<Contact> insert(@Bind("firstName") String firstName, @Bind("lastName") String lastName,
                             @Bind("phone") String phone, @Bind("email") String email,
                             @Bind("leadSource") String leadSource, @Bind("customerSince") LocalDate customerSince,
                             @Bind("notes") String notes, @Bind("source") String source, @Bind("now") Instant now);

    /** Updates the editable fields; empty when there is no such contact. Fails on a unique violation. */
    @SqlQuery("""
            update contacts c set
                first_name = :firstName, last_name = :lastName, phone = :phone, email = :email,
                lead_source = :leadSource, customer_since = :customerSince, notes = :notes, updated_at = :now
            where c.id = :id
            returning\s""" + ContactRowMapper.COLUMNS)
    Optional<Contact> update(@Bind("id") long id, @Bind("firstName") String firstName, @Bind("lastName") String lastName,
                             @Bind("phone") String phone, @Bind("email") String email,
                             @Bind("leadSource") String leadSource, @Bind("customerSince") LocalDate customerSince,
                             @Bind("notes") String notes, @Bind("now") Instant now);

    @SqlQuery("select " + ContactRowMapper.COLUMNS + " from contacts c where c.id = :id")
    Optional<Contact> findById(@Bind("id") long id);

    @SqlQuery("select " + ContactRowMapper.COLUMNS + " from contacts c where c.phone = :phone")
    Optional<Contact> findByPhone(@Bind("phone") String phone);

    @SqlQuery("select id from contacts where phone = :phone")
    Optional<Long> findIdByPhone(@Bind("phone") String phone);

    @SqlQuery("select id from contacts where email = :email")
    Optional<Long> findIdByEmail(@Bind("email") String email);

    /** Deletes the contact; its property links go with it (ON DELETE CASCADE). */
    @SqlUpdate("delete from contacts where id = :id")
    int delete(@Bind("id") long id);
}
