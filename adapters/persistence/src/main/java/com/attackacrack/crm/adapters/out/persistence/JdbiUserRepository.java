package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Stores users in PostgreSQL, where a unique index on {@code lower(email)} decides who gets an email first. */
public final class JdbiUserRepository implements UserRepository {

    /**
     * The key of the transaction-scoped advisory lock that serialises user administration: the ASCII bytes of
     * {@code "crm.user"} read as a big-endian long. Any other advisory lock in this database must use another key.
     */
    public static final long USER_ADMINISTRATION_LOCK_KEY = 0x63726D2E75736572L;

    private final Jdbi jdbi;
    private final UserDao dao;

    public JdbiUserRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.dao = jdbi.onDemand(UserDao.class);
    }

    /**
     * Inserts with {@code on conflict do nothing} rather than catching the unique violation: PostgreSQL aborts a
     * transaction on any error, so this keeps the caller's transaction usable after a CONFLICT.
     */
    @Override
    public User create(NewUser user) {
        Objects.requireNonNull(user, "user");
        return dao.insert(user.email().value(), user.name().first(), user.name().last(), user.passwordHash(),
                        user.role().code(), user.createdAt())
                .orElseThrow(() -> BusinessRuleException.conflict("A user with email " + user.email() + " already exists"));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return dao.findById(id.value());
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return dao.findByEmail(email.value());
    }

    @Override
    public List<User> all() {
        return dao.all();
    }

    @Override
    public long count() {
        return dao.count();
    }

    @Override
    public long countActiveAdmins() {
        return dao.countActiveAdmins();
    }

    @Override
    public void update(User user) {
        dao.update(user.id().value(), user.name().first(), user.name().last(), user.passwordHash(), user.role().code(),
                user.active());
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        dao.recordLogin(id.value(), Objects.requireNonNull(at, "at"));
    }

    /**
     * Takes {@link #USER_ADMINISTRATION_LOCK_KEY} with {@code pg_advisory_xact_lock}, waiting while another
     * transaction holds it; PostgreSQL releases it when the transaction commits or rolls back. Outside a transaction
     * on this repository's {@link Jdbi} the lock would be released at once, so that is refused.
     */
    @Override
    public void lockUserAdministration() {
        jdbi.useHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException(
                        "lockUserAdministration must run inside a transaction on the repository's Jdbi");
            }
            handle.attach(UserDao.class).advisoryTransactionLock(USER_ADMINISTRATION_LOCK_KEY);
        });
    }
}
