package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link UserRepository}: ids from 1, a taken email is a CONFLICT, all() active first then by last, first name. */
public final class InMemoryUserRepository implements UserRepository {

    private static final Comparator<User> ACTIVE_FIRST_THEN_BY_NAME = Comparator
            .comparing((User user) -> !user.active())
            .thenComparing(user -> user.name().last().toLowerCase(Locale.ROOT))
            .thenComparing(user -> user.name().first().toLowerCase(Locale.ROOT))
            .thenComparing(user -> user.id().value());

    private final Map<UserId, User> byId = new LinkedHashMap<>();
    private long lastId;
    private int administrationLocks;

    @Override
    public synchronized User create(NewUser user) {
        if (findByEmail(user.email()).isPresent()) {
            throw BusinessRuleException.conflict("There is already an account for " + user.email() + ".");
        }
        User created = new User(new UserId(++lastId), user.email(), user.name(), user.passwordHash(), user.role(), true,
                user.createdAt(), null);
        byId.put(created.id(), created);
        return created;
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        return byId.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public synchronized List<User> all() {
        return byId.values().stream().sorted(ACTIVE_FIRST_THEN_BY_NAME).toList();
    }

    @Override
    public synchronized long count() {
        return byId.size();
    }

    @Override
    public synchronized long countActiveAdmins() {
        return byId.values().stream().filter(user -> user.active() && user.role() == Role.ADMIN).count();
    }

    /** Saves only name, password hash, role and active flag, as the port says; an unknown id changes nothing. */
    @Override
    public synchronized void update(User user) {
        byId.computeIfPresent(user.id(), (id, stored) -> new User(id, stored.email(), user.name(), user.passwordHash(),
                user.role(), user.active(), stored.createdAt(), stored.lastLoginAt()));
    }

    @Override
    public synchronized void recordLogin(UserId id, Instant at) {
        byId.computeIfPresent(id, (key, stored) -> new User(key, stored.email(), stored.name(), stored.passwordHash(),
                stored.role(), stored.active(), stored.createdAt(), at));
    }

    @Override
    public synchronized void lockUserAdministration() {
        administrationLocks++;
    }

    /** How many times {@link #lockUserAdministration()} was called. */
    public synchronized int administrationLocks() {
        return administrationLocks;
    }
}
