package com.attackacrack.crm.domain.user;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person's role; the one place where roles map to permissions, so a new role is one new constant here. */
public enum Role {
    ADMIN("Admin", EnumSet.allOf(Permission.class)),
    MARKETER("Marketer", EnumSet.of(Permission.USE_CRM));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = Set.copyOf(permissions);
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The name shown to people ("Admin"). */
    public String label() {
        return label;
    }

    /** The lower-case name used in forms, commands and the database ("admin"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code; the error lists the roles there are. */
    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw BusinessRuleException.invalid(
                "Unknown role '" + code + "': choose one of " + codes());
    }

    private static String codes() {
        StringBuilder codes = new StringBuilder();
        for (Role role : values()) {
            codes.append(codes.isEmpty() ? "" : ", ").append(role.code());
        }
        return codes.toString();
    }
}
