package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.Invite;
import java.util.Optional;

/** Tells the invite page whether a token can still be accepted, and if not, why. */
public interface CheckInviteUseCase {

    InviteCheck check(String token);

    /** The state of the invite behind a token; the invite is present unless the token is unknown. */
    record InviteCheck(Outcome outcome, Optional<Invite> invite) {
        /** Why a token can or cannot be used. */
        public enum Outcome { VALID, UNKNOWN, EXPIRED, USED, REVOKED }
    }
}
