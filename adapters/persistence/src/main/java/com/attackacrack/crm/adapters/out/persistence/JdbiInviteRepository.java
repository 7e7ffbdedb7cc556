package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Stores invites in PostgreSQL; a conditional update makes each token usable once, however many accept at once. */
public final class JdbiInviteRepository implements InviteRepository {

    private final InviteDao dao;

    public JdbiInviteRepository(Jdbi jdbi) {
        this.dao = Objects.requireNonNull(jdbi, "jdbi").onDemand(InviteDao.class);
    }

    @Override
    public Invite create(NewInvite invite) {
        Objects.requireNonNull(invite, "invite");
        return dao.insert(invite.email() == null ? null : invite.email().value(), invite.role().code(),
                invite.tokenHash(), invite.invitedBy() == null ? null : invite.invitedBy().value(), invite.createdAt(),
                invite.expiresAt());
    }

    @Override
    public Optional<Invite> findById(InviteId id) {
        return dao.findById(id.value());
    }

    @Override
    public Optional<Invite> findByTokenHash(String tokenHash) {
        return dao.findByTokenHash(tokenHash);
    }

    @Override
    public List<Invite> pending(Instant now) {
        return dao.pending(now);
    }

    @Override
    public boolean markUsed(InviteId id, Instant at) {
        return dao.markUsed(id.value(), Objects.requireNonNull(at, "at")) == 1;
    }

    @Override
    public void revoke(InviteId id, Instant at) {
        dao.revoke(id.value(), Objects.requireNonNull(at, "at"));
    }

    @Override
    public int revokePendingSetupLinks(Instant at) {
        return dao.revokePendingSetupLinks(Objects.requireNonNull(at, "at"));
    }

    @Override
    public void reissue(InviteId id, String newTokenHash, Instant newExpiresAt) {
        dao.reissue(id.value(), Objects.requireNonNull(newTokenHash, "newTokenHash"),
                Objects.requireNonNull(newExpiresAt, "newExpiresAt"));
    }
}
