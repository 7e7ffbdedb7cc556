package com.attackacrack.crm.application.port.in.demo;

import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** How many demo contacts to add (1 to 2,000,000) and the seed that makes the generated data repeatable. */
public record GenerateDemoDataCommand(int contacts, long seed) {

    public static final int DEFAULT_CONTACTS = 1_000;
    public static final int MAX_CONTACTS = 2_000_000;
    public static final long DEFAULT_SEED = 42L;

    public GenerateDemoDataCommand {
        if (contacts < 1 || contacts > MAX_CONTACTS) {
            throw BusinessRuleException.invalid("Contacts must be from 1 to " + MAX_CONTACTS + ", was " + contacts);
        }
    }
}
