package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the people who can sign in; emails are unique (the database enforces it). */
public interface UserRepository {

    /** Stores a new user; throws {@code BusinessRuleException} (CONFLICT) naming the email when it is taken. */
    User create(NewUser user);

    Optional<User> findById(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    /** Every user, active first, then by name. */
    List<User> all();

    long count();

    long countActiveAdmins();

    /** Saves name, password hash, role and active flag. */
    void update(User user);

    void recordLogin(UserId id, Instant at);

    /**
     * Serialises changes to roles and activation until the current transaction ends, so two admins cannot remove
     * each other as the last active admin at the same moment.
     */
    void lockUserAdministration();

    /** A user to create. */
    record NewUser(EmailAddress email, PersonName name, String passwordHash, Role role, Instant createdAt) {
    }
}
