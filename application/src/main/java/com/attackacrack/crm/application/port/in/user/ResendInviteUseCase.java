package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.UserId;

/** Re-sends a pending or expired invite with a fresh token and a new 7-day validity; the old link stops working. */
public interface ResendInviteUseCase {

    InviteResult resend(UserId actor, InviteId invite);
}
