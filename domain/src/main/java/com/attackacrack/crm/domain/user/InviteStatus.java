package com.attackacrack.crm.domain.user;

/** Where an invite stands; only a pending invite can be accepted. */
public enum InviteStatus {
    PENDING,
    EXPIRED,
    USED,
    REVOKED
}
