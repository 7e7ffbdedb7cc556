package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.InviteStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link InviteRepository}: ids count up from 1, token hashes are unique, state changes only while pending. */
public final class InMemoryInviteRepository implements InviteRepository {

    private final Map<InviteId, Invite> byId = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Invite create(NewInvite invite) {
        if (findByTokenHash(invite.tokenHash()).isPresent()) {
            throw new IllegalStateException("duplicate invite token hash");
        }
        Invite created = new Invite(new InviteId(++lastId), invite.email(), invite.role(), invite.tokenHash(),
                invite.invitedBy(), invite.createdAt(), invite.expiresAt(), null, null);
        byId.put(created.id(), created);
        return created;
    }

    @Override
    public synchronized Optional<Invite> findById(InviteId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Invite> findByTokenHash(String tokenHash) {
        return byId.values().stream().filter(invite -> invite.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized List<Invite> pending(Instant now) {
        return byId.values().stream()
                .filter(invite -> invite.status(now) == InviteStatus.PENDING)
                .sorted(Comparator.comparing(Invite::createdAt).thenComparing(invite -> invite.id().value()).reversed())
                .toList();
    }

    @Override
    public synchronized boolean markUsed(InviteId id, Instant at) {
        Invite invite = byId.get(id);
        if (invite == null || invite.status(at) != InviteStatus.PENDING) {
            return false;
        }
        byId.put(id, new Invite(id, invite.email(), invite.role(), invite.tokenHash(), invite.invitedBy(),
                invite.createdAt(), invite.expiresAt(), at, null));
        return true;
    }

    /** Revokes an invite that is neither used nor revoked yet; otherwise changes nothing. */
    @Override
    public synchronized void revoke(InviteId id, Instant at) {
        Invite invite = byId.get(id);
        if (invite != null && invite.usedAt() == null && invite.revokedAt() == null) {
            byId.put(id, new Invite(id, invite.email(), invite.role(), invite.tokenHash(), invite.invitedBy(),
                    invite.createdAt(), invite.expiresAt(), null, at));
        }
    }

    @Override
    public synchronized int revokePendingSetupLinks(Instant at) {
        List<Invite> setupLinks = byId.values().stream()
                .filter(invite -> invite.isSetupLink() && invite.status(at) == InviteStatus.PENDING)
                .toList();
        setupLinks.forEach(invite -> revoke(invite.id(), at));
        return setupLinks.size();
    }

    @Override
    public synchronized void reissue(InviteId id, String newTokenHash, Instant newExpiresAt) {
        byId.computeIfPresent(id, (key, invite) -> new Invite(key, invite.email(), invite.role(), newTokenHash,
                invite.invitedBy(), invite.createdAt(), newExpiresAt, invite.usedAt(), invite.revokedAt()));
    }

    /** Every invite ever created, in creation order. */
    public synchronized List<Invite> all() {
        return List.copyOf(byId.values());
    }
}
