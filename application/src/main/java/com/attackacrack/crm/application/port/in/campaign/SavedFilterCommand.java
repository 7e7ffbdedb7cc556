package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Objects;

/** A saved filter's name (1 to 100 characters, trimmed) and criteria, checked on construction. */
public record SavedFilterCommand(String name, AudienceFilter criteria) {

    public static final int MAX_NAME = 100;

    public SavedFilterCommand {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw BusinessRuleException.invalid("Filter name is required (1 to " + MAX_NAME + " characters)");
        }
        if (name.length() > MAX_NAME) {
            throw BusinessRuleException.invalid("Filter name must be at most " + MAX_NAME + " characters, was "
                    + name.length());
        }
        Objects.requireNonNull(criteria, "criteria");
    }
}
