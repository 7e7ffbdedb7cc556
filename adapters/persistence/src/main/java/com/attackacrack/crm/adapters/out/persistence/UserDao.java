package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code users} table. */
@RegisterRowMapper(UserRowMapper.class)
public interface UserDao {

    /** Inserts the user; empty when the email is taken (the unique index decides, so concurrent inserts are safe). */
    @SqlQuery("""
            insert into users (email, first_name, last_name, password_hash, role, active, created_at, updated_at)
            values (:email, :firstName, :lastName, :passwordHash, :role, true, :createdAt, :createdAt)
            on conflict ((lower(email))) do nothing
            returning id, email, first_name, last_name, password_hash, role, active, created_at, last_login_at
            """)
    Optional<User> insert(@Bind("email") String email, @Bind("firstName") String firstName,
                          @Bind("lastName") String lastName, @Bind("passwordHash") String passwordHash,
                          @Bind("role") String role, @Bind("createdAt") Instant createdAt);

    @SqlQuery("""
            select id, email, first_name, last_name, password_hash, role, active, created_at, last_login_at
            from users
            where id = :id
            """)
    Optional<User> findById(@Bind("id") long id);

    @SqlQuery("""
            select id, email, first_name, last_name, password_hash, role, active, created_at, last_login_at
            from users
            where lower(email) = lower(:email)
            """)
    Optional<User> findByEmail(@Bind("email") String email);

    /** Active first, then by last and first name ignoring case (the database collation may be C), then by id. */
    @SqlQuery("""
            select id, email, first_name, last_name, password_hash, role, active, created_at, last_login_at
            from users
            order by active desc, lower(last_name), lower(first_name), id
            """)
    List<User> all();

    @SqlQuery("select count(*) from users")
    long count();

    @SqlQuery("select count(*) from users where active and role = 'admin'")
    long countActiveAdmins();

    @SqlUpdate("""
            update users set
                first_name = :firstName,
                last_name = :lastName,
                password_hash = :passwordHash,
                role = :role,
                active = :active,
                updated_at = now()
            where id = :id
            """)
    void update(@Bind("id") long id, @Bind("firstName") String firstName, @Bind("lastName") String lastName,
               @Bind("passwordHash") String passwordHash, @Bind("role") String role, @Bind("active") boolean active);

    @SqlUpdate("update users set last_login_at = :at where id = :id")
    void recordLogin(@Bind("id") long id, @Bind("at") Instant at);

    /** Takes the transaction-scoped advisory lock {@code key}, waiting while another transaction holds it. */
    @SqlQuery("select 1 from pg_advisory_xact_lock(:key)")
    int advisoryTransactionLock(@Bind("key") long key);
}
