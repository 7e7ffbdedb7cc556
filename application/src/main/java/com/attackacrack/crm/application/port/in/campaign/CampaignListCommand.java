package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.shared.BusinessRuleException;

/**
 * A list's name (1 to 100 characters, trimmed) and optional description (at most 500 characters, blank for none),
 * checked on construction.
 */
public record CampaignListCommand(String name, String description) {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 500;

    public CampaignListCommand {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw BusinessRuleException.invalid("List name is required (1 to " + MAX_NAME + " characters)");
        }
        if (name.length() > MAX_NAME) {
            throw BusinessRuleException.invalid("List name must be at most " + MAX_NAME + " characters, was "
                    + name.length());
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw BusinessRuleException.invalid("Description must be at most " + MAX_DESCRIPTION + " characters, was "
                    + description.length());
        }
    }
}
