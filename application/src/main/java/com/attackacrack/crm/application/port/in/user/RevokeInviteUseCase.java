package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.UserId;

/** Revokes an invite so its link no longer works. */
public interface RevokeInviteUseCase {

    void revoke(UserId actor, InviteId invite);
}
