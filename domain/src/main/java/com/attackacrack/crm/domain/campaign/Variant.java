package com.attackacrack.crm.domain.campaign;

/** Which message of an A/B split a recipient gets; campaigns without a second message send A to everyone. */
public enum Variant {
    A,
    B
}
