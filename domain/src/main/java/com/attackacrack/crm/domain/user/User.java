package com.attackacrack.crm.domain.user;

import com.attackacrack.crm.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A person who can sign in: email, name, bcrypt password hash, role, whether active, and when they last signed in. */
public record User(UserId id, EmailAddress email, PersonName name, String passwordHash, Role role, boolean active,
                   Instant createdAt, Instant lastLoginAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean can(Permission permission) {
        return active && role.can(permission);
    }

    public Optional<Instant> lastLogin() {
        return Optional.ofNullable(lastLoginAt);
    }

    public User withName(PersonName newName) {
        return new User(id, email, newName, passwordHash, role, active, createdAt, lastLoginAt);
    }

    public User withPasswordHash(String newHash) {
        return new User(id, email, name, newHash, role, active, createdAt, lastLoginAt);
    }

    public User withRole(Role newRole) {
        return new User(id, email, name, passwordHash, newRole, active, createdAt, lastLoginAt);
    }

    public User withActive(boolean nowActive) {
        return new User(id, email, name, passwordHash, role, nowActive, createdAt, lastLoginAt);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", role=" + role.code() + ", active=" + active + "]";
    }
}
